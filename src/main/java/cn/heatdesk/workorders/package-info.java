/**
 * Work orders (工单): every call, city-hotline order, walk-in or butler report, routed, worked, timed
 * against the seed's deadlines and called back (R-SUP-1..6, R-BUTLER-4..6, R-ANS-1..4, R-TEMP-6, R-SYS-1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work orders")
package cn.heatdesk.workorders;
