package cn.heatdesk.appointments;

/**
 * A customer's request for a visit (R-APPT-1).
 *
 * @param workOrderId the work order the visit is for, or null
 * @param place       where to meet; null means the customer's address
 */
public record NewAppointment(Long customerId, Long workOrderId, String place, String reason) {
}
