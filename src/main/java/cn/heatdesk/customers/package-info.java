/**
 * Customer files (用户档案): branches, areas with their butlers, communities, buildings, units,
 * households and institutional customers; heating status per season, heating rates, search, and
 * personal data masked per role (R-BUTLER-1, R-RATE-1..5, R-SYS-2..4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer files")
package cn.heatdesk.customers;
