package cn.heatdesk.notification;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class OneTimeNotificationsPostgresTest extends OneTimeNotificationsContract {
}
