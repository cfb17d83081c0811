package cn.heatdesk.workorders;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class WorkOrderApiPostgresTest extends WorkOrderApiContract {
}
