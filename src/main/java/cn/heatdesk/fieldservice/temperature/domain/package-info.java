/**
 * The temperature measurement rules of the field service (R-TEMP-3, R-TEMP-5, R-TEMP-6) as plain Java:
 * the verdict of a visit from its rooms, the follow-up a cold home needs, the shortfall a fee reduction
 * is counted from and the outdoor reading that belongs to a measurement.
 */
package cn.heatdesk.fieldservice.temperature.domain;
