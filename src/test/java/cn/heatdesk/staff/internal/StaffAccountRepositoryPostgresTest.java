package cn.heatdesk.staff.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.PostgresTest;

@SpringBootTest
@PostgresTest
class StaffAccountRepositoryPostgresTest extends StaffAccountRepositoryContract {

    /** Needs a database no other test class has written to (see PostgresTestCondition.ownDatabase). */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = cn.heatdesk.support.PostgresTestCondition.ownDatabase("staff_accounts");
        registry.add("spring.datasource.url", () -> url);
    }

}
