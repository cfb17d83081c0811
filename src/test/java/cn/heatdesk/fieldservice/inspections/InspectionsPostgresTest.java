package cn.heatdesk.fieldservice.inspections;

import cn.heatdesk.support.PostgresTest;

@PostgresTest
class InspectionsPostgresTest extends InspectionsContract {
}
