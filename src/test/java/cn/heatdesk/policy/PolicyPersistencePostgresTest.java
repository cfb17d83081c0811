package cn.heatdesk.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class PolicyPersistencePostgresTest extends PolicyPersistenceContract {

    @Test
    @DisplayName("R-SYS-3: on PostgreSQL the database itself refuses to rewrite the audit trail")
    void refusesToUpdateAuditRows() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    @DisplayName("R-SYS-3: on PostgreSQL audit rows cannot be deleted")
    void refusesToDeleteAuditRows() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }
}
