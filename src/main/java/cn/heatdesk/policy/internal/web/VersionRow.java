package cn.heatdesk.policy.internal.web;

import java.time.LocalDate;
import java.util.List;

import cn.heatdesk.policy.PolicyVersionView;

/** One line of a family's version table: the version, whether it is in force today, its rules in words. */
record VersionRow(PolicyVersionView version, Status status, List<String> rules) {

    enum Status {
        IN_FORCE, FUTURE, ENDED
    }

    static Status statusOn(PolicyVersionView version, LocalDate today) {
        if (today.isBefore(version.effectiveFrom())) {
            return Status.FUTURE;
        }
        return version.effectiveTo() == null || !today.isAfter(version.effectiveTo()) ? Status.IN_FORCE : Status.ENDED;
    }

    public String statusName() {
        return status.name();
    }

    public boolean inForce() {
        return status == Status.IN_FORCE;
    }
}
