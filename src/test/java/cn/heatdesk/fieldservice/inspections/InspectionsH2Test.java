package cn.heatdesk.fieldservice.inspections;

import cn.heatdesk.support.H2Test;

@H2Test
class InspectionsH2Test extends InspectionsContract {
}
