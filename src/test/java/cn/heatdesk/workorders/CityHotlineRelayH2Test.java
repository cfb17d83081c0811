package cn.heatdesk.workorders;

import cn.heatdesk.support.H2Test;

@H2Test
class CityHotlineRelayH2Test extends CityHotlineRelayContract {
}
