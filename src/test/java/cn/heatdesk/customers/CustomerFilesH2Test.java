package cn.heatdesk.customers;

import cn.heatdesk.support.H2Test;

@H2Test
// A context, and so an in-memory database, of its own: it assumes no other test class wrote staff or districts.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=CustomerFilesH2Test")
class CustomerFilesH2Test extends CustomerFilesContract {
}
