package cn.heatdesk.assessment;

import cn.heatdesk.support.H2Test;

@H2Test
class AssessmentsH2Test extends AssessmentsContract {
}
