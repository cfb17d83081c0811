package cn.heatdesk.customers;

import cn.heatdesk.support.H2Test;

@H2Test
class CustomerFilesH2Test extends CustomerFilesContract {
}
