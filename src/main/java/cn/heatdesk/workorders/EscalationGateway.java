package cn.heatdesk.workorders;

import java.time.Instant;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * Where breaches are escalated to the responsible person's supervisor and warnings sent (R-SUP-5): SMS, in-app,
 * or the log. Called after the breach or warning is committed. The default implementation logs; another one
 * replaces it as a {@code @Primary} bean.
 */
public interface EscalationGateway {

    void escalate(Breach breach);

    void warn(DeadlineWarning warning);

    /** A deadline about to fall due, for the person answering for it. */
    record DeadlineWarning(long deadlineId, long orderId, DeadlineRule rule, Instant due, String responsibleUsername,
                           Long responsibleAreaId) {
    }
}
