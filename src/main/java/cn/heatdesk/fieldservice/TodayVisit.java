package cn.heatdesk.fieldservice;

import cn.heatdesk.appointments.AppointmentView;

/** One line of a butler's day: the appointment and, once checked in, its visit id. */
public record TodayVisit(AppointmentView appointment, Long visitId, boolean finished) {
}
