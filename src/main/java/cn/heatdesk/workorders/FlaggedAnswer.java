package cn.heatdesk.workorders;

import java.time.Instant;
import java.util.List;

import cn.heatdesk.workorders.domain.TimelineEvent;

/**
 * R-BUTLER-4: a recorded answer containing a forbidden expression (不知道, 我不管, …), flagged for a supervisor to
 * look at. {@code what} is the timeline entry whose text it is (reply, result, callback, delay explanation, cancel).
 */
public record FlaggedAnswer(long id, long orderId, String number, TimelineEvent what, String text,
                            List<String> expressions, String actor, Instant recordedAt) {

    public FlaggedAnswer {
        expressions = List.copyOf(expressions);
    }
}
