package cn.heatdesk.customers;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class CustomerFilesPostgresTest extends CustomerFilesContract {

    /** Needs a database no other test class has written to (see PostgresTestCondition.ownDatabase). */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = cn.heatdesk.support.PostgresTestCondition.ownDatabase("customer_files");
        registry.add("spring.datasource.url", () -> url);
    }

}
