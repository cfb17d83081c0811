package cn.heatdesk.appointments.domain;

/** Where an appointment stands (R-APPT-1..2). */
public enum AppointmentStatus {
    /** Accepted at once and waiting for the area's butler to agree a time (R-APPT-1). */
    REQUESTED,
    /** A time and place agreed with the customer; the butler's slot is booked. */
    AGREED,
    /** The visitor has arrived (R-APPT-2). */
    CHECKED_IN,
    /** The visit is over. */
    DONE,
    CANCELLED;

    public boolean open() {
        return this == REQUESTED || this == AGREED || this == CHECKED_IN;
    }
}
