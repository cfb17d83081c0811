package cn.heatdesk.customers;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class CustomerImportsPostgresTest extends CustomerImportsContract {

    @Override
    void makeInsertsFail() {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION import_test_fail() RETURNS trigger AS $$
                BEGIN
                    IF NEW.account_number LIKE '%-BOOM' THEN
                        RAISE EXCEPTION 'test trigger: refusing %', NEW.account_number;
                    END IF;
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql
                """).update();
        jdbc.sql("""
                CREATE TRIGGER import_test_fail BEFORE INSERT ON customer
                FOR EACH ROW EXECUTE FUNCTION import_test_fail()
                """).update();
    }

    @Override
    void stopFailingInserts() {
        jdbc.sql("DROP TRIGGER IF EXISTS import_test_fail ON customer").update();
        jdbc.sql("DROP FUNCTION IF EXISTS import_test_fail()").update();
    }
}
