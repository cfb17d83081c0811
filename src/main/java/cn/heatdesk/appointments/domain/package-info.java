/**
 * The appointment rules as plain Java (R-APPT-1..5): the appointment with its guarded steps, the butler's visit
 * slot and the night window. No Spring, no database; time comes in as a parameter.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.appointments.domain;
