package cn.heatdesk.policy.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.PostgresTest;

@SpringBootTest
@PostgresTest
class PolicyReadReusePostgresTest extends PolicyReadReuseContract {

    /** Commits new policy versions: a database no other test class uses (see PostgresTestCondition.ownDatabase). */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = cn.heatdesk.support.PostgresTestCondition.ownDatabase("policy_read_reuse");
        registry.add("spring.datasource.url", () -> url);
    }
}
