package cn.heatdesk.notification;

/**
 * A complaint that one-time notification was not given (R-NOTIFY-6). With a notice number the item, customer and
 * clerk come from the notice; otherwise they are given here.
 */
public record NewComplaint(String noticeNumber, Long customerId, String itemCode, String staffUsername, String unit,
                           String description) {
}
