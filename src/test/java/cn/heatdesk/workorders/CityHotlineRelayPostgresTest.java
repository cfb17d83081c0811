package cn.heatdesk.workorders;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class CityHotlineRelayPostgresTest extends CityHotlineRelayContract {
}
