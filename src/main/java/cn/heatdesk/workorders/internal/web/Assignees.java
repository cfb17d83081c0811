package cn.heatdesk.workorders.internal.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.staff.StaffMember;

/** The butlers an order can be dispatched or passed to: those of the areas in the person's scope (R-SYS-2). */
@Component
class Assignees {

    /** One butler as the dispatch list shows them: 管家01号 张伟 · 一片区. */
    record Assignee(String username, String label, Long areaId) {
    }

    private final Organisation organisation;
    private final CustomerFiles customers;

    Assignees(Organisation organisation, CustomerFiles customers) {
        this.organisation = organisation;
        this.customers = customers;
    }

    List<Assignee> forDispatchBy(StaffMember viewer) {
        CustomerScope scope = customers.scopeOf(viewer);
        return organisation.areas().stream()
                .filter(a -> a.butlerUsername() != null && !a.butlerUsername().isBlank())
                .filter(a -> scope.companyWide() || scope.covers(a.branchId(), a.id()))
                .sorted(Comparator.comparing(Organisation.Area::code))
                .map(a -> new Assignee(a.butlerUsername(), "管家" + a.butlerNumber() + "号 "
                        + (a.butlerName() == null ? a.butlerUsername() : a.butlerName()) + " · " + a.name(), a.id()))
                .toList();
    }

    /** The butler of an area, or null. */
    String butlerOf(Long areaId) {
        if (areaId == null) {
            return null;
        }
        return organisation.areas().stream().filter(a -> a.id() == areaId).map(Organisation.Area::butlerUsername)
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse(null);
    }

    /** The area's butler number for the scripts (R-BUTLER-4), or null. */
    String butlerNumberOf(Long areaId) {
        if (areaId == null) {
            return null;
        }
        return organisation.areas().stream().filter(a -> a.id() == areaId).map(Organisation.Area::butlerNumber)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
    }
}
