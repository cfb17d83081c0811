package cn.heatdesk.appointments;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class AppointmentsPostgresTest extends AppointmentsContract {
}
