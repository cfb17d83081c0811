package cn.heatdesk.appointments;

import cn.heatdesk.support.H2Test;

@H2Test
class AppointmentsH2Test extends AppointmentsContract {
}
