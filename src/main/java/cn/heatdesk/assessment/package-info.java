/**
 * Assessment (考核): orders, breaches by rule, confirmed complaints and callback satisfaction per person and per
 * unit for any period, and the supervision board (R-SUP-5, R-SUP-6, R-NOTIFY-6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package cn.heatdesk.assessment;
