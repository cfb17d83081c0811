package cn.heatdesk.staff.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.StaffPrincipal;

/**
 * Lets Spring Security's form login and HTTP Basic check passwords against staff accounts. Disabled
 * accounts are found but cannot sign in.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = Usernames.normalize(username);
        return accounts.findByUsername(name)
                .map(account -> new StaffPrincipal(account.toMember(), account.passwordHash(), account.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + name));
    }
}
