package cn.heatdesk.policy.domain;

import java.util.List;
import java.util.Objects;

/**
 * A property boundary on one customer kind's path: the company is responsible from the heat source
 * up to and including {@code companyUpTo}; the owners collectively up to and including
 * {@code collectiveUpTo} (null: none); the customer for the rest.
 */
public record Boundary(CustomerKind kind, BoundaryLocation companyUpTo, BoundaryLocation collectiveUpTo) {

    public Boundary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(companyUpTo, "companyUpTo");
        if (!kind.onPath(companyUpTo)) {
            throw new IllegalArgumentException(companyUpTo.label() + "不在" + kind.label() + "的供热路径上");
        }
        if (collectiveUpTo != null) {
            if (!kind.onPath(collectiveUpTo)) {
                throw new IllegalArgumentException(collectiveUpTo.label() + "不在" + kind.label() + "的供热路径上");
            }
            if (kind.path().indexOf(collectiveUpTo) <= kind.path().indexOf(companyUpTo)) {
                throw new IllegalArgumentException("业主共有部分必须在供热公司分界点之后");
            }
        }
    }

    public ResponsibleParty responsibleFor(BoundaryLocation location) {
        List<BoundaryLocation> path = kind.path();
        int at = path.indexOf(location);
        if (at < 0) {
            throw new IllegalArgumentException(location.label() + "不在" + kind.label() + "的供热路径上");
        }
        if (at <= path.indexOf(companyUpTo)) {
            return ResponsibleParty.COMPANY;
        }
        if (collectiveUpTo != null && at <= path.indexOf(collectiveUpTo)) {
            return ResponsibleParty.OWNERS_COLLECTIVE;
        }
        return ResponsibleParty.CUSTOMER;
    }
}
