package cn.heatdesk.notification;

import cn.heatdesk.support.H2Test;

@H2Test
class OneTimeNotificationsH2Test extends OneTimeNotificationsContract {
}
