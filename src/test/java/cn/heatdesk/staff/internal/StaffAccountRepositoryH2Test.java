package cn.heatdesk.staff.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
// A context, and so an in-memory database, of its own: it assumes no other test class wrote staff or districts.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=StaffAccountRepositoryH2Test")
class StaffAccountRepositoryH2Test extends StaffAccountRepositoryContract {
}
