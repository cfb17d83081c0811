package cn.heatdesk.workorders.domain;

import static cn.heatdesk.workorders.domain.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.DeadlineTerm;
import cn.heatdesk.policy.domain.DeadlineTerms;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.PolicyReference;

/** Work orders for tests: a registration with sensible defaults, and orders walked to any status. */
final class Orders {

    /** A December morning in the heating season, 10:00 in Shanghai. */
    static final Instant T0 = shanghai(2026, 12, 10, 10, 0);

    static final Actor AGENT = Actor.staff("agent-li");
    static final Actor BUTLER = Actor.staff("butler07");
    static final Actor OTHER_BUTLER = Actor.staff("butler12");
    static final Actor DISPATCHER = Actor.dispatcher("dispatcher-liu");
    static final Actor CALLER_BACK = Actor.staff("callback-chen");
    static final Actor MARKET = Actor.marketService("market-wang");
    static final Actor STRANGER = Actor.staff("someone-else");

    /** The seed's service deadlines as the policy engine holds them (V3 migration), for real due times. */
    static final DeadlineTerms SEED_TERMS = new DeadlineTerms(
            new PolicyReference(5, PolicyFamily.SERVICE_DEADLINES, "供热服务有关规定、标准（2021-12-06发布）", null,
                    LocalDate.of(2021, 12, 6), null),
            Map.of(DeadlineRule.ON_SITE, DeadlineTerm.plain(DeadlineRule.ON_SITE, Duration.ofMinutes(30)),
                    DeadlineRule.EMERGENCY_REPORT, DeadlineTerm.plain(DeadlineRule.EMERGENCY_REPORT, Duration.ofMinutes(10)),
                    DeadlineRule.GENERAL_REPORT, DeadlineTerm.plain(DeadlineRule.GENERAL_REPORT, Duration.ofHours(2)),
                    DeadlineRule.TEMPERATURE_TEST, DeadlineTerm.plain(DeadlineRule.TEMPERATURE_TEST, Duration.ofHours(24)),
                    DeadlineRule.PAID_SERVICE_CALLBACK, new DeadlineTerm(DeadlineRule.PAID_SERVICE_CALLBACK,
                            Duration.ofHours(24), null, LocalTime.of(8, 0), LocalTime.of(20, 0)),
                    DeadlineRule.RESCHEDULE_NOTICE, new DeadlineTerm(DeadlineRule.RESCHEDULE_NOTICE, Duration.ofHours(1),
                            Duration.ofDays(1), null, null)));

    /** How the service will ask the policy engine. */
    static final DueTimes DUE_TIMES = (rule, from) -> SEED_TERMS.due(rule, from, ShanghaiTime.SHANGHAI).due();

    private Orders() {
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static RegistrationBuilder registration(OrderKind kind) {
        return new RegistrationBuilder().kind(kind);
    }

    static WorkOrder registered(OrderKind kind) {
        return WorkOrder.register(registration(kind).build());
    }

    static List<TimelineEntry> must(Decision decision) {
        assertThat(decision).as("expected an allowed change").isInstanceOf(Decision.Allowed.class);
        return ((Decision.Allowed) decision).entries();
    }

    static Decision.Rejected refused(Decision decision) {
        assertThat(decision).as("expected a refusal").isInstanceOf(Decision.Rejected.class);
        return (Decision.Rejected) decision;
    }

    /**
     * An order registered by the agent at T0 and walked to {@code status}: dispatched to butler07 (T0+1), accepted
     * (+2), on site (+10), measured if a cold home (+15), resolved (+40), answered by the agent (+41), called back
     * by someone else (+60), closed (+61); cancelled at +1 from RECEIVED.
     */
    static WorkOrder inStatus(OrderKind kind, OrderStatus status) {
        WorkOrder order = registered(kind);
        if (status == OrderStatus.RECEIVED) {
            return order;
        }
        if (status == OrderStatus.CANCELLED) {
            must(order.cancel(AGENT, minutes(1), "用户撤回诉求"));
            return order;
        }
        if (kind == OrderKind.PAID_SERVICE) {
            must(order.recordPaidServiceConsent(AGENT, T0));
        }
        must(order.dispatchTo(BUTLER.username(), AGENT, minutes(1)));
        if (status == OrderStatus.DISPATCHED) {
            return order;
        }
        must(order.accept(BUTLER, minutes(2)));
        if (status == OrderStatus.ACCEPTED) {
            return order;
        }
        must(order.checkIn(BUTLER, minutes(10)));
        if (kind == OrderKind.TEMPERATURE_COMPLAINT) {
            must(order.recordMeasurement(BUTLER, minutes(15)));
        }
        if (status == OrderStatus.ON_SITE) {
            return order;
        }
        must(order.resolve(BUTLER, minutes(40), "更换散热器阀门，恢复供热"));
        must(order.replyGiven(AGENT, minutes(41), "已为您更换阀门，暖气已恢复"));
        if (status == OrderStatus.RESOLVED) {
            return order;
        }
        must(order.recordCallback(CALLER_BACK, minutes(60), true, true, "师傅很专业"));
        if (status == OrderStatus.CALLED_BACK) {
            return order;
        }
        must(order.close(AGENT, minutes(61)));
        return order;
    }

    /** A registration of a matched customer by the 968111 agent at T0, received at T0. */
    static final class RegistrationBuilder {

        private long id = 1;
        private String number = "GD20261210-0001";
        private Channel channel = Channel.HOTLINE_968111;
        private OrderKind kind = OrderKind.REPAIR;
        private Urgency urgency = Urgency.GENERAL;
        private Long customerId = 42L;
        private Caller caller;
        private Long areaId = 7L;
        private String description = "暖气不热，阀门漏水";
        private String externalId;
        private Instant receivedAt = T0;
        private Instant productionNoticeAt;
        private String receivedBy;
        private Actor registeredBy = AGENT;
        private Instant registeredAt = T0;

        RegistrationBuilder kind(OrderKind kind) {
            this.kind = kind;
            this.urgency = kind == OrderKind.EMERGENCY_REPAIR ? Urgency.EMERGENCY : urgency;
            return this;
        }

        RegistrationBuilder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        RegistrationBuilder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        RegistrationBuilder customerId(Long customerId) {
            this.customerId = customerId;
            return this;
        }

        RegistrationBuilder caller(Caller caller) {
            this.caller = caller;
            return this;
        }

        RegistrationBuilder description(String description) {
            this.description = description;
            return this;
        }

        RegistrationBuilder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        RegistrationBuilder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        RegistrationBuilder productionNoticeAt(Instant productionNoticeAt) {
            this.productionNoticeAt = productionNoticeAt;
            return this;
        }

        RegistrationBuilder receivedBy(String receivedBy) {
            this.receivedBy = receivedBy;
            return this;
        }

        RegistrationBuilder registeredBy(Actor registeredBy) {
            this.registeredBy = registeredBy;
            return this;
        }

        RegistrationBuilder registeredAt(Instant registeredAt) {
            this.registeredAt = registeredAt;
            return this;
        }

        Registration build() {
            return new Registration(id, number, channel, kind, urgency, customerId, caller, areaId, description,
                    externalId, receivedAt, productionNoticeAt, receivedBy, registeredBy, registeredAt);
        }
    }
}
