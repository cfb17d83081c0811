package cn.heatdesk.workorders.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known when an order is registered. The service allocates {@code id} and {@code number} first, so that
 * an order is complete from its first moment.
 *
 * <ul>
 * <li>{@code customerId} or {@code caller} (or both: the caller as heard, matched to a file).</li>
 * <li>{@code receivedAt}: when the company received the request (a butler's call for channel BUTLER, the city
 * hotline's time for 12345); deadlines count from it. Not after {@code registeredAt}.</li>
 * <li>{@code productionNoticeAt}: when the production management department passed the matter on, if it did;
 * R-SUP-3 then counts from the notice.</li>
 * <li>{@code receivedBy}: who first took the call or visit when that is not the person registering it (a butler
 * who phones in a matter, R-BUTLER-6); null means {@code registeredBy}. That person is the first responder
 * (R-SUP-1: 首次接听(接待)人).</li>
 * </ul>
 */
public record Registration(long id, String number, Channel channel, OrderKind kind, Urgency urgency, Long customerId,
                           Caller caller, Long areaId, String description, String externalId, Instant receivedAt,
                           Instant productionNoticeAt, String receivedBy, Actor registeredBy, Instant registeredAt) {

    public Registration {
        if (id <= 0) {
            throw new IllegalArgumentException("工单内部编号必须为正数");
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("缺少工单号");
        }
        if (channel == null) {
            throw new IllegalArgumentException("请选择来源渠道");
        }
        if (kind == null) {
            throw new IllegalArgumentException("请选择工单类型");
        }
        if (urgency == null) {
            throw new IllegalArgumentException("请选择紧急程度");
        }
        if (kind == OrderKind.EMERGENCY_REPAIR && urgency != Urgency.EMERGENCY) {
            throw new IllegalArgumentException("抢修工单的紧急程度须为紧急");
        }
        if (customerId == null && caller == null) {
            throw new IllegalArgumentException("须关联用户档案或记录来电人信息");
        }
        if (customerId != null && customerId <= 0) {
            throw new IllegalArgumentException("用户档案编号无效");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("请填写诉求内容");
        }
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        if (channel == Channel.CITY_HOTLINE_12345 && externalId == null) {
            // R-SYS-1: 12345 orders are idempotent by the city's order number.
            throw new IllegalArgumentException("12345工单须带12345工单编号");
        }
        Objects.requireNonNull(registeredBy, "registeredBy");
        if (registeredAt == null) {
            throw new IllegalArgumentException("缺少登记时间");
        }
        if (receivedAt == null) {
            throw new IllegalArgumentException("缺少受理时间");
        }
        if (receivedAt.isAfter(registeredAt)) {
            throw new IllegalArgumentException("受理时间不能晚于登记时间");
        }
        if (productionNoticeAt != null
                && (productionNoticeAt.isBefore(receivedAt) || productionNoticeAt.isAfter(registeredAt))) {
            throw new IllegalArgumentException("生产管理部门通知时间须在受理时间与登记时间之间");
        }
        receivedBy = receivedBy == null || receivedBy.isBlank() ? null : receivedBy.strip();
    }

    /** R-SUP-1: whoever first received the call or visit. */
    public String firstResponder() {
        return receivedBy != null ? receivedBy : registeredBy.username();
    }
}
