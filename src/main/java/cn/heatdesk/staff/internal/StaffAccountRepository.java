package cn.heatdesk.staff.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import cn.heatdesk.staff.StaffRole;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findByUsernameIn(Collection<String> usernames);

    boolean existsByRoleAndEnabledTrue(StaffRole role);

    List<StaffAccount> findAllByOrderByUsernameAsc();
}
