package cn.heatdesk.notification;

import java.util.List;

/**
 * A first notice to issue (R-NOTIFY-2/3): the item, the customer when known (optional for a phone enquiry), the
 * applicant's name when there is no customer file, how it was given and the materials brought.
 */
public record NewNotice(String itemCode, Long customerId, String applicant, Channel channel, List<String> brought) {

    public NewNotice {
        brought = brought == null ? List.of() : List.copyOf(brought);
    }
}
