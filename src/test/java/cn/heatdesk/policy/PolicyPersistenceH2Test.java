package cn.heatdesk.policy;

import cn.heatdesk.support.H2Test;

@H2Test
class PolicyPersistenceH2Test extends PolicyPersistenceContract {
}
