package cn.heatdesk.workorders.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.WorkOrderApi.AppointmentRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.CallbackRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.CancelRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.DelayRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.DispatchRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.FlaggedAnswerView;
import cn.heatdesk.workorders.internal.WorkOrderApi.MatchCustomerRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.NoteRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.OrderResponse;
import cn.heatdesk.workorders.internal.WorkOrderApi.OrderSummary;
import cn.heatdesk.workorders.internal.WorkOrderApi.ReassignRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.RegisterRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.ReplyRequest;
import cn.heatdesk.workorders.internal.WorkOrderApi.VersionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Work orders for staff over HTTP (HTTP Basic, scoped by role like {@link WorkOrders}; R-SYS-2). One POST per
 * transition, each with the {@code expectedVersion} the caller last saw: a stale version is 409 {@code ORDER_CHANGED},
 * so of two people acting at once one wins and the other is told (no lost update). A transition the rules do not
 * allow is 409 {@code ORDER_STATE}, one the person may not make 403, bad input 400 — each with a Chinese detail.
 */
@RestController
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders", description = "工单：登记、查看（时间线、时限、超时、历史工单）、工作列表、每个环节的操作（须带 expectedVersion）")
class WorkOrderApiController {

    /** The lists of {@code GET /api/v1/work-orders?view=…}. */
    enum View {
        mine, replies_due, dispatch_queue, callbacks_due, spot_check_queue;

        static View parse(String text) {
            for (View view : values()) {
                if (view.name().replace('_', '-').equals(text)) {
                    return view;
                }
            }
            throw new InvalidInputException("INVALID_PARAMETER", "view",
                    "参数 view 的值 " + text + " 无效，可选值：mine, replies-due, dispatch-queue, callbacks-due, spot-check-queue");
        }
    }

    private final WorkOrders workOrders;
    private final ZoneId zone;

    WorkOrderApiController(WorkOrders workOrders, @Value("${heatdesk.zone:Asia/Shanghai}") String zone) {
        this.workOrders = workOrders;
        this.zone = ZoneId.of(zone);
    }

    // ---- registration and reading -------------------------------------------------------------------------

    @PostMapping
    @Operation(summary = "Register an order (a customer from the files or an unmatched caller); routed to the area's butler",
            description = "201 with Location. 12345 orders come only through /api/v1/integrations/city-hotline/orders.")
    ResponseEntity<OrderResponse> register(@RequestBody RegisterRequest request,
                                           @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = principal.toMember();
        require(request.channel(), "channel", "请选择受理渠道");
        require(request.kind(), "kind", "请选择工单类型");
        if (request.channel() == Channel.CITY_HOTLINE_12345) {
            throw new InvalidInputException("INVALID_CHANNEL", "channel", "12345 工单由12345接口推送，不能在此登记");
        }
        if (request.description() == null || request.description().isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "description", "请填写诉求内容");
        }
        Urgency urgency = request.urgency() != null ? request.urgency()
                : request.kind() == OrderKind.EMERGENCY_REPAIR ? Urgency.EMERGENCY : Urgency.GENERAL;
        WorkOrder order = workOrders.register(new NewOrder(request.channel(), request.kind(), urgency,
                request.customerId(), request.callerName(), request.callerPhone(), request.callerAddress(),
                request.description(), instant(request.receivedAt()), instant(request.productionNoticeAt()),
                blankToNull(request.receivedBy()), null), me);
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + order.id())).body(details(order.id(), me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An order with its timeline, deadlines, breaches, flagged answers and the customer's other orders (R-ANS-1)",
            description = "404 for unknown ids and for orders outside the caller's scope.")
    OrderResponse order(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return details(id, principal.toMember());
    }

    @GetMapping
    @Operation(summary = "A work list: mine, replies-due (R-SUP-1), dispatch-queue, callbacks-due (R-SUP-2), spot-check-queue (R-SUP-2)")
    List<OrderSummary> list(
            @Parameter(description = "mine | replies-due | dispatch-queue | callbacks-due | spot-check-queue")
            @RequestParam(defaultValue = "mine") String view, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = principal.toMember();
        List<WorkOrder> orders = switch (View.parse(view)) {
            case mine -> workOrders.myOrders(me);
            case replies_due -> workOrders.myRepliesDue(me);
            case dispatch_queue -> workOrders.dispatcherQueue(me);
            case callbacks_due -> workOrders.callbacksDue(me);
            case spot_check_queue -> workOrders.spotCheckQueue(me);
        };
        return orders.stream().map(o -> OrderSummary.of(o, zone)).toList();
    }

    @GetMapping("/flagged-answers")
    @Operation(summary = "Recorded answers containing a forbidden expression (R-BUTLER-4), newest first; supervisors, market service, administrators")
    List<FlaggedAnswerView> flaggedAnswers(@RequestParam(defaultValue = "100") int limit,
                                           @AuthenticationPrincipal StaffPrincipal principal) {
        return workOrders.flaggedAnswers(principal.toMember(), limit).stream()
                .map(f -> FlaggedAnswerView.of(f, zone)).toList();
    }

    // ---- transitions --------------------------------------------------------------------------------------

    @PostMapping("/{id}/match-customer")
    @Operation(summary = "Link the order to a customer file (or correct the link)")
    OrderResponse matchCustomer(@PathVariable long id, @RequestBody MatchCustomerRequest r,
                                @AuthenticationPrincipal StaffPrincipal principal) {
        require(r.customerId(), "customerId", "请选择用户档案");
        return act(id, principal, r.expectedVersion(), (t, me) -> t.matchCustomer(id, r.customerId(), me));
    }

    @PostMapping("/{id}/paid-service-consent")
    @Operation(summary = "R-ANS-4: the customer was told the service is paid and agreed; needed before dispatch")
    OrderResponse paidServiceConsent(@PathVariable long id, @RequestBody VersionRequest r,
                                     @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.recordPaidServiceConsent(id, me));
    }

    @PostMapping("/{id}/dispatch")
    @Operation(summary = "Send a received order to the person who will handle it")
    OrderResponse dispatch(@PathVariable long id, @RequestBody DispatchRequest r,
                           @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.dispatch(id, r.assignee(), me));
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Pass the order on to someone else, with the reason; the first responder stays (R-SUP-1)")
    OrderResponse reassign(@PathVariable long id, @RequestBody ReassignRequest r,
                           @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.reassign(id, r.to(), r.reason(), me));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a dispatched order")
    OrderResponse accept(@PathVariable long id, @RequestBody VersionRequest r,
                         @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.accept(id, me));
    }

    @PostMapping("/{id}/explain-delay")
    @Operation(summary = "R-SUP-3: explain a delay with a new on-site time, which becomes the next target")
    OrderResponse explainDelay(@PathVariable long id, @RequestBody DelayRequest r,
                               @AuthenticationPrincipal StaffPrincipal principal) {
        require(r.newTarget(), "newTarget", "请填写新的到场时间");
        return act(id, principal, r.expectedVersion(),
                (t, me) -> t.explainDelay(id, r.newTarget().toInstant(), r.explanation(), me));
    }

    @PostMapping("/{id}/appointment")
    @Operation(summary = "R-SUP-4: the visit time the customer asked for, which becomes the target")
    OrderResponse appointment(@PathVariable long id, @RequestBody AppointmentRequest r,
                              @AuthenticationPrincipal StaffPrincipal principal) {
        require(r.appointmentAt(), "appointmentAt", "请填写预约时间");
        return act(id, principal, r.expectedVersion(),
                (t, me) -> t.agreeAppointment(id, r.appointmentAt().toInstant(), me));
    }

    @PostMapping("/{id}/check-in")
    @Operation(summary = "R-SUP-3: arrival on site, which meets the on-site deadline")
    OrderResponse checkIn(@PathVariable long id, @RequestBody VersionRequest r,
                          @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.checkIn(id, me));
    }

    @PostMapping("/{id}/measurement")
    @Operation(summary = "R-TEMP-6: a temperature measurement was taken in the customer's home")
    OrderResponse measurement(@PathVariable long id, @RequestBody VersionRequest r,
                              @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.recordMeasurement(id, me));
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Record the result; checked for forbidden expressions (R-BUTLER-4)")
    OrderResponse resolve(@PathVariable long id, @RequestBody NoteRequest r,
                          @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.resolve(id, r.note(), me));
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "R-SUP-1: the first responder's answer to the customer; checked for forbidden expressions (R-BUTLER-4)")
    OrderResponse reply(@PathVariable long id, @RequestBody ReplyRequest r,
                        @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.reply(id, r.text(), me));
    }

    @PostMapping("/{id}/callback")
    @Operation(summary = "R-SUP-2: a callback attempt (reached?, satisfied?, comment); a reached complaint may be drawn for the spot check")
    OrderResponse callback(@PathVariable long id, @RequestBody CallbackRequest r,
                           @AuthenticationPrincipal StaffPrincipal principal) {
        require(r.reached(), "reached", "请记录是否接通");
        return act(id, principal, r.expectedVersion(),
                (t, me) -> t.recordCallback(id, r.reached(), r.satisfied(), r.comment(), me));
    }

    @PostMapping("/{id}/spot-check")
    @Operation(summary = "R-SUP-2: the market customer service department's second callback of a drawn order")
    OrderResponse spotCheck(@PathVariable long id, @RequestBody CallbackRequest r,
                            @AuthenticationPrincipal StaffPrincipal principal) {
        require(r.reached(), "reached", "请记录是否接通");
        return act(id, principal, r.expectedVersion(),
                (t, me) -> t.recordSpotCheck(id, r.reached(), r.satisfied(), r.comment(), me));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close (办结) after the answer and, where due, the callback")
    OrderResponse close(@PathVariable long id, @RequestBody VersionRequest r,
                        @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.close(id, me));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel with the reason told to the customer (R-ANS-3)")
    OrderResponse cancel(@PathVariable long id, @RequestBody CancelRequest r,
                         @AuthenticationPrincipal StaffPrincipal principal) {
        return act(id, principal, r.expectedVersion(), (t, me) -> t.cancel(id, r.reason(), me));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Action {
        WorkOrder apply(WorkOrders.Transitions transitions, StaffMember me);
    }

    private OrderResponse act(long id, StaffPrincipal principal, Long expectedVersion, Action action) {
        require(expectedVersion, "expectedVersion", "请带上您看到的工单版本 expectedVersion，以免覆盖他人的修改");
        StaffMember me = principal.toMember();
        action.apply(workOrders.expectingVersion(expectedVersion), me);
        return details(id, me);
    }

    private OrderResponse details(long id, StaffMember me) {
        OrderDetails details = workOrders.order(id, me);
        Long customerId = details.order().customerId();
        List<WorkOrder> history = List.of();
        if (customerId != null) {
            try {
                history = workOrders.customerOrders(customerId, me);
            } catch (NotFoundException outOfScope) {
                // The order is the person's, the customer's file is not (e.g. a reassigned butler): no history.
                history = List.of();
            }
        }
        return OrderResponse.of(details, history, zone);
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException("MISSING_FIELD", field, message);
        }
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
