package cn.heatdesk.customers;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

import cn.heatdesk.support.H2Test;

@H2Test
class CustomerImportsH2Test extends CustomerImportsContract {

    @Override
    void makeInsertsFail() {
        jdbc.sql("CREATE TRIGGER import_test_fail BEFORE INSERT ON customer FOR EACH ROW CALL '"
                + FailOnBoom.class.getName() + "'").update();
    }

    @Override
    void stopFailingInserts() {
        jdbc.sql("DROP TRIGGER IF EXISTS import_test_fail").update();
    }

    /** Fails the insert of a row holding a value ending in {@code -BOOM}, as a broken database would. */
    public static class FailOnBoom implements Trigger {

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            for (Object value : newRow) {
                if (value instanceof String text && text.endsWith("-BOOM")) {
                    throw new SQLException("test trigger: refusing " + text, "P0001");
                }
            }
        }
    }
}
