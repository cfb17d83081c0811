package cn.heatdesk.policy.internal;

import org.springframework.boot.test.context.SpringBootTest;

import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
// A context, and so an in-memory database, of its own: this test commits new policy versions.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=PolicyReadReuseH2Test")
class PolicyReadReuseH2Test extends PolicyReadReuseContract {
}
