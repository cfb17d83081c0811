package cn.heatdesk.fieldservice;

import cn.heatdesk.support.H2Test;

@H2Test
class TemperatureMeasurementsH2Test extends TemperatureMeasurementsContract {
}
