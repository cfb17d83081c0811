package cn.heatdesk.staff.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.PostgresTest;

@SpringBootTest
@PostgresTest
class StaffAccountRepositoryPostgresTest extends StaffAccountRepositoryContract {
}
