package cn.heatdesk.web;

/** One entry of the main navigation: a key pages use to mark themselves active, a path and a message key. */
record NavItem(String key, String path, String labelKey) {
}
