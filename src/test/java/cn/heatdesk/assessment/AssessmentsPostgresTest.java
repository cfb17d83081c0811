package cn.heatdesk.assessment;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class AssessmentsPostgresTest extends AssessmentsContract {
}
