package cn.heatdesk.fieldservice;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class HomeVisitsPostgresTest extends HomeVisitsContract {
}
