/**
 * Field service (现场服务): home visits with the ten-step checklist (R-HOME-1..2), temperature measurements
 * (R-TEMP-3..6), inspection rounds, rectification notices and building notices (R-BUTLER-2..3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field service")
package cn.heatdesk.fieldservice;
