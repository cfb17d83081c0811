package cn.heatdesk.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.internal.StaffAccount;
import cn.heatdesk.staff.internal.StaffAccountRepository;
import cn.heatdesk.staff.internal.Usernames;

/**
 * Looks up staff accounts and opens new ones. Lookups include disabled accounts, so that past work
 * still shows who did it.
 */
@Service
public class StaffDirectory {

    /** Shorter passwords are refused for every account, the first administrator's included. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffDirectory(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Usernames are compared ignoring case and surrounding blanks. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findByUsername(String username) {
        return accounts.findByUsername(Usernames.normalize(username)).map(StaffAccount::toMember);
    }

    /**
     * The members with these usernames in one query, for lists that name many people: keyed by the username as
     * given, compared like {@link #findByUsername}. Usernames that name no account (and nulls) are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, StaffMember> findByUsernames(Collection<String> usernames) {
        Set<String> given = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (given.isEmpty()) {
            return Map.of();
        }
        Map<String, StaffMember> byNormalized = new HashMap<>();
        accounts.findByUsernameIn(given.stream().map(Usernames::normalize).collect(Collectors.toSet()))
                .forEach(account -> byNormalized.put(account.username(), account.toMember()));
        Map<String, StaffMember> members = new HashMap<>();
        for (String username : given) {
            StaffMember member = byNormalized.get(Usernames.normalize(username));
            if (member != null) {
                members.put(username, member);
            }
        }
        return members;
    }

    /**
     * Display names (张伟) by username, in one query, for a page that names people rather than their logins.
     * Usernames with no account (or a system actor such as city-hotline) are left out: the page shows them as they are.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        findByUsernames(usernames).forEach((username, member) -> {
            if (member.displayName() != null) {
                names.put(username, member.displayName());
            }
        });
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> findById(long id) {
        return accounts.findById(id).map(StaffAccount::toMember);
    }

    /** All accounts, ordered by username. */
    @Transactional(readOnly = true)
    public List<StaffMember> findAll() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(StaffAccount::toMember).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasEnabledAdministrator() {
        return accounts.existsByRoleAndEnabledTrue(StaffRole.ADMINISTRATOR);
    }

    /**
     * Opens an enabled account.
     *
     * @throws IllegalArgumentException with a message staff can read, if the username is malformed or
     *         taken or the password is shorter than {@value #MINIMUM_PASSWORD_LENGTH} characters
     */
    @Transactional
    public StaffMember createAccount(String username, String displayName, StaffRole role, String rawPassword) {
        String name = Usernames.normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "用户名只能包含小写字母、数字、点、下划线和连字符，长度 2–64 位：" + username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("姓名不能为空");
        }
        if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("密码至少需要 " + MINIMUM_PASSWORD_LENGTH + " 个字符");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("用户名已被使用：" + name);
        }
        StaffAccount account = StaffAccount.open(name, passwordEncoder.encode(rawPassword), displayName.strip(),
                role, clock.instant());
        return accounts.save(account).toMember();
    }
}
