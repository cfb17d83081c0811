package cn.heatdesk.workorders;

import cn.heatdesk.support.H2Test;

@H2Test
class WorkOrderApiH2Test extends WorkOrderApiContract {
}
