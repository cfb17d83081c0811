package cn.heatdesk.customers;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class CustomerFilesPostgresTest extends CustomerFilesContract {
}
