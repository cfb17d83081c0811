package cn.heatdesk.fieldservice;

import java.util.List;

import cn.heatdesk.appointments.AppointmentView;
import cn.heatdesk.fieldservice.domain.HomeVisit;

/** A home visit with its appointment (customer, place, time), photos and, once finished, its follow-up. */
public record HomeVisitView(HomeVisit visit, AppointmentView appointment, List<VisitPhoto> photos, FollowUp followUp) {
}
