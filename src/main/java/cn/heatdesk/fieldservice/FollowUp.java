package cn.heatdesk.fieldservice;

import java.time.Instant;

/**
 * R-HOME-1 step 10 (一访): the follow-up call after a home visit, made by someone other than the visitor.
 * Open while {@code doneAt} is null.
 */
public record FollowUp(long id, long visitId, long customerId, long areaId, String visitor, Instant createdAt,
                       String doneBy, Instant doneAt, Boolean reached, Boolean satisfied, String comment) {

    public boolean open() {
        return doneAt == null;
    }
}
