package cn.heatdesk.staff.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
class StaffAccountRepositoryH2Test extends StaffAccountRepositoryContract {
}
