/**
 * Appointments (预约): visit requests accepted at once and agreed with the area's butler, one booking per butler
 * slot, arrival check-in, one change with consent, notice deadlines and night slots (R-APPT-1..5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments")
package cn.heatdesk.appointments;
