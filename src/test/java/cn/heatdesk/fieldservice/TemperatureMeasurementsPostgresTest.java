package cn.heatdesk.fieldservice;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class TemperatureMeasurementsPostgresTest extends TemperatureMeasurementsContract {
}
