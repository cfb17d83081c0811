package cn.heatdesk.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.StaffRole;

/**
 * Written once, run on H2 ({@link StaffAccountRepositoryH2Test}) and PostgreSQL
 * ({@link StaffAccountRepositoryPostgresTest}): the migration and the mapping must agree on both.
 */
@Transactional
abstract class StaffAccountRepositoryContract {

    /** 09:30 in Beijing. */
    static final Instant OPENED = Instant.parse("2025-11-15T01:30:00Z");

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void savesAnAccountAndFindsItByUsername() {
        StaffAccount saved = accounts.save(
                StaffAccount.open("wang.jianguo", "{bcrypt}$2a$10$hash", "王建国", StaffRole.BRANCH_DISPATCHER, OPENED));

        assertThat(saved.id()).isNotNull();
        assertThat(accounts.findByUsername("wang.jianguo")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(saved.id());
            assertThat(found.passwordHash()).isEqualTo("{bcrypt}$2a$10$hash");
            assertThat(found.displayName()).isEqualTo("王建国");
            assertThat(found.role()).isEqualTo(StaffRole.BRANCH_DISPATCHER);
            assertThat(found.isEnabled()).isTrue();
            assertThat(found.createdAt()).isEqualTo(OPENED);
        });
    }

    @Test
    void storesTheCreationTimeAsTheSameInstantWithItsTimeZone() {
        accounts.save(StaffAccount.open("li.na", "{noop}x", "李娜", StaffRole.HOTLINE_AGENT, OPENED));

        OffsetDateTime stored = jdbc.sql("SELECT created_at FROM staff_account WHERE username = ?")
                .param("li.na")
                .query(OffsetDateTime.class)
                .single();

        assertThat(stored.toInstant()).isEqualTo(OPENED);
    }

    @Test
    void refusesASecondAccountWithTheSameUsername() {
        accounts.save(StaffAccount.open("zhang.wei", "{noop}x", "张伟", StaffRole.BUTLER, OPENED));

        assertThatThrownBy(() -> accounts.save(
                StaffAccount.open("zhang.wei", "{noop}y", "张伟（二）", StaffRole.BUTLER, OPENED)))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("uq_staff_account_username");
    }

    @Test
    void refusesARoleTheApplicationDoesNotKnow() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO staff_account (username, password_hash, display_name, role, enabled, created_at)
                VALUES ('janitor', '{noop}x', '门卫', 'JANITOR', TRUE, ?)""")
                .param(OffsetDateTime.parse("2025-11-15T09:30:00+08:00"))
                .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("ck_staff_account_role");
    }

    @Test
    void countsOnlyEnabledAccountsAsAdministrators() {
        assertThat(accounts.existsByRoleAndEnabledTrue(StaffRole.ADMINISTRATOR)).isFalse();

        accounts.save(new StaffAccount(null, "old.admin", "{noop}x", "离职管理员", StaffRole.ADMINISTRATOR, false, OPENED));
        accounts.save(StaffAccount.open("zhao.qiang", "{noop}x", "赵强", StaffRole.SUPERVISOR, OPENED));
        assertThat(accounts.existsByRoleAndEnabledTrue(StaffRole.ADMINISTRATOR)).isFalse();

        accounts.save(StaffAccount.open("sun.li", "{noop}x", "孙丽", StaffRole.ADMINISTRATOR, OPENED));
        assertThat(accounts.existsByRoleAndEnabledTrue(StaffRole.ADMINISTRATOR)).isTrue();
    }

    @Test
    void listsAccountsInUsernameOrder() {
        accounts.save(StaffAccount.open("zhou", "{noop}x", "周", StaffRole.BUTLER, OPENED));
        accounts.save(StaffAccount.open("an", "{noop}x", "安", StaffRole.BUTLER, OPENED));
        accounts.save(StaffAccount.open("ma", "{noop}x", "马", StaffRole.BUTLER, OPENED));

        assertThat(accounts.findAllByOrderByUsernameAsc()).extracting(StaffAccount::username)
                .containsExactly("an", "ma", "zhou");
    }

    @Test
    void findsAccountsBySeveralUsernamesInOneQuery() {
        accounts.save(StaffAccount.open("zhou", "{noop}x", "周", StaffRole.BUTLER, OPENED));
        accounts.save(StaffAccount.open("an", "{noop}x", "安", StaffRole.BUTLER, OPENED));
        accounts.save(StaffAccount.open("ma", "{noop}x", "马", StaffRole.BUTLER, OPENED));

        assertThat(accounts.findByUsernameIn(List.of("zhou", "ma", "nobody"))).extracting(StaffAccount::username)
                .containsExactlyInAnyOrder("zhou", "ma");
    }
}
