package cn.heatdesk.workorders.internal;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class WorkOrderRepositoryPostgresTest extends WorkOrderRepositoryContract {
}
