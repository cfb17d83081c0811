package cn.heatdesk.workorders;

import java.time.Instant;

import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;

/**
 * What staff enter to register an order: a customer from the files ({@code customerId}) or an unmatched caller
 * (name, phone, address), or both. {@code receivedAt} null means now; {@code receivedBy} names the butler who took
 * a call that someone else registers (R-BUTLER-6), who is then the first responder (R-SUP-1).
 */
public record NewOrder(Channel channel, OrderKind kind, Urgency urgency, Long customerId, String callerName,
                       String callerPhone, String callerAddress, String description, Instant receivedAt,
                       Instant productionNoticeAt, String receivedBy, String externalId) {

    /** A hotline call about a customer in the files. */
    public static NewOrder hotline(OrderKind kind, Urgency urgency, long customerId, String description) {
        return new NewOrder(Channel.HOTLINE_968111, kind, urgency, customerId, null, null, null, description, null,
                null, null, null);
    }

    /** A hotline call from someone not (yet) found in the files. */
    public static NewOrder unmatchedCaller(Channel channel, OrderKind kind, Urgency urgency, String name, String phone,
                                           String address, String description) {
        return new NewOrder(channel, kind, urgency, null, name, phone, address, description, null, null, null, null);
    }
}
