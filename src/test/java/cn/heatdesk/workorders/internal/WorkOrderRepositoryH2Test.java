package cn.heatdesk.workorders.internal;

import cn.heatdesk.support.H2Test;

@H2Test
class WorkOrderRepositoryH2Test extends WorkOrderRepositoryContract {
}
