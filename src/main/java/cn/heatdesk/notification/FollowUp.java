package cn.heatdesk.notification;

import java.util.List;
import java.util.Map;

/**
 * A later visit (R-NOTIFY-4): materials brought now, materials that do not meet the requirement (with why) and
 * further materials the applicant's circumstances call for (with why).
 */
public record FollowUp(List<String> brought, Map<String, String> notConforming, Map<String, String> additional,
                       Channel channel) {

    public FollowUp {
        brought = brought == null ? List.of() : List.copyOf(brought);
        notConforming = notConforming == null ? Map.of() : Map.copyOf(notConforming);
        additional = additional == null ? Map.of() : Map.copyOf(additional);
    }
}
