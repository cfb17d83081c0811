package cn.heatdesk.customers.internal.web;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/** The signed-in staff member as the customer services want them; only staff accounts see customer files. */
final class Viewer {

    static final String HX_REQUEST = "HX-Request";

    private Viewer() {
    }

    static StaffMember of(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以查看用户档案");
        }
        return principal.toMember();
    }
}
