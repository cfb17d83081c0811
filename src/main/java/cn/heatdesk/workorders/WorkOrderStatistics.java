package cn.heatdesk.workorders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.domain.Period;
import cn.heatdesk.workorders.internal.StatisticsRepository;
import cn.heatdesk.workorders.internal.StatisticsRepository.CallbackCount;
import cn.heatdesk.workorders.internal.StatisticsRepository.Count;
import cn.heatdesk.workorders.internal.StatisticsRepository.RuleCount;

/**
 * Read-only figures of work orders for the assessment (R-SUP-6) and the supervision board (R-SUP-5): per person and
 * per unit (area) for a {@link Period}, and what is open right now. Every figure is one SQL aggregate.
 *
 * <p>Who a figure counts against: orders and callbacks against the order's current assignee and area; breaches
 * against the person and unit the breach was recorded for. Orders are counted by their receipt time, breaches by
 * the time they were recorded, callbacks by the time they were made. Cancelled orders are not counted as received.
 * A viewer whose scope is a branch or some areas (R-SYS-2) sees only figures of those areas.
 */
@Service
@Transactional(readOnly = true)
public class WorkOrderStatistics {

    /** How many rows a list on the board shows at most. */
    public static final int LIST_LIMIT = 50;

    private final StatisticsRepository statistics;
    private final CustomerFiles customers;
    private final Organisation organisation;
    private final Clock clock;
    private final Duration warningLead;

    WorkOrderStatistics(StatisticsRepository statistics, CustomerFiles customers, Organisation organisation,
                        Clock clock, @Value("${heatdesk.deadlines.warning-lead:PT5M}") Duration warningLead) {
        this.statistics = statistics;
        this.customers = customers;
        this.organisation = organisation;
        this.clock = clock;
        this.warningLead = warningLead;
    }

    /** The counts of one person or one unit in a period; breaches by rule, zero counts left out of the map. */
    public record Figures(long ordersReceived, Map<DeadlineRule, Long> breaches, long callbacks, long callbacksReached,
                          long callbacksSatisfied) {

        public static final Figures NONE = new Figures(0, Map.of(), 0, 0, 0);

        public Figures {
            breaches = breaches.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(breaches));
        }

        public long breachesOf(DeadlineRule rule) {
            return breaches.getOrDefault(rule, 0L);
        }

        public long totalBreaches() {
            return breaches.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A person's figures; {@code username} null collects orders nobody holds. */
    public record PersonFigures(String username, Figures figures) {
    }

    /** A unit's (area's) figures; {@code areaId} null collects orders not yet placed in an area. */
    public record UnitFigures(Long areaId, String areaName, Long branchId, String branchName, Figures figures) {
    }

    /** A count for an area now (open orders, callbacks due). */
    public record AreaCount(Long areaId, String areaName, long count) {
    }

    /** R-SUP-5: an open deadline falling due within the warning window, or already overdue and about to be flagged. */
    public record Warning(long deadlineId, long orderId, String orderNumber, DeadlineRule rule, Instant due,
                          String responsibleUsername, Long areaId, String areaName, boolean overdue) {
    }

    public List<PersonFigures> byPerson(Period period, StaffMember viewer) {
        List<Long> areas = areasOf(viewer);
        Map<String, Figures> figures = collect(period, areas, "assignee", true);
        return figures.entrySet().stream().map(e -> new PersonFigures(e.getKey(), e.getValue())).toList();
    }

    public List<UnitFigures> byUnit(Period period, StaffMember viewer) {
        List<Long> areas = areasOf(viewer);
        Map<String, Figures> figures = collect(period, areas, "area_id", false);
        Map<Long, Organisation.Area> areaById = areaById();
        Map<Long, Organisation.Branch> branchById = new HashMap<>();
        organisation.branches().forEach(b -> branchById.put(b.id(), b));
        return figures.entrySet().stream().map(e -> {
            Long areaId = e.getKey() == null ? null : Long.valueOf(e.getKey());
            Organisation.Area area = areaId == null ? null : areaById.get(areaId);
            Organisation.Branch branch = area == null ? null : branchById.get(area.branchId());
            return new UnitFigures(areaId, area == null ? null : area.name(), branch == null ? null : branch.id(),
                    branch == null ? null : branch.name(), e.getValue());
        }).toList();
    }

    /** Breaches recorded in the period, newest first (at most {@link #LIST_LIMIT}). */
    public List<Breach> breaches(Period period, StaffMember viewer) {
        Map<Long, Organisation.Area> areaById = areaById();
        return statistics.breachList(period.start(), period.end(), areasOf(viewer), LIST_LIMIT).stream()
                .map(b -> new Breach(b.id(), b.orderId(), b.orderNumber(), b.rule(), b.due(), b.recordedAt(),
                        b.responsibleUsername(), b.areaId(), nameOf(areaById, b.areaId())))
                .toList();
    }

    /** Orders being worked now (received, dispatched, accepted, on site), by area. */
    public List<AreaCount> openOrdersByArea(StaffMember viewer) {
        return areaCounts(statistics.openOrdersByArea(areasOf(viewer)));
    }

    /** Resolved orders without a recorded callback now, by area. */
    public List<AreaCount> callbacksDueByArea(StaffMember viewer) {
        return areaCounts(statistics.callbacksDueByArea(areasOf(viewer)));
    }

    /** R-SUP-5: open deadlines due within the warning window (heatdesk.deadlines.warning-lead), soonest first. */
    public List<Warning> warnings(StaffMember viewer) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Map<Long, Organisation.Area> areaById = areaById();
        return statistics.openDeadlinesDueBy(now.plus(warningLead), areasOf(viewer), LIST_LIMIT).stream()
                .map(w -> new Warning(w.deadlineId(), w.orderId(), w.orderNumber(), w.rule(), w.due(),
                        w.responsibleUsername(), w.areaId(), nameOf(areaById, w.areaId()), w.due().isBefore(now)))
                .toList();
    }

    public Duration warningLead() {
        return warningLead;
    }

    /** The area ids the viewer may see, or null for the whole company (R-SYS-2, as {@link CustomerScope} decides). */
    public List<Long> areasOf(StaffMember viewer) {
        CustomerScope scope = customers.scopeOf(viewer);
        if (scope.companyWide()) {
            return null;
        }
        return organisation.areas().stream().filter(a -> scope.covers(a.branchId(), a.id()))
                .map(Organisation.Area::id).toList();
    }

    private Map<String, Figures> collect(Period period, List<Long> areas, String column, boolean byPerson) {
        Instant from = period.start();
        Instant to = period.end();
        Map<String, Long> orders = new HashMap<>();
        statistics.ordersReceived(column, from, to, areas).forEach(c -> orders.put(c.key(), c.count()));
        Map<String, Map<DeadlineRule, Long>> breaches = new HashMap<>();
        for (RuleCount r : statistics.breaches(byPerson, from, to, areas)) {
            breaches.computeIfAbsent(r.key(), k -> new EnumMap<>(DeadlineRule.class)).merge(r.rule(), r.count(), Long::sum);
        }
        Map<String, CallbackCount> callbacks = new HashMap<>();
        statistics.callbacks(column, from, to, areas).forEach(c -> callbacks.put(c.key(), c));
        // Null keys (no assignee, no area) sort first; the rest by key.
        Map<String, Figures> result = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        java.util.Set<String> keys = new java.util.HashSet<>(orders.keySet());
        keys.addAll(breaches.keySet());
        keys.addAll(callbacks.keySet());
        for (String key : keys) {
            CallbackCount c = callbacks.get(key);
            result.put(key, new Figures(orders.getOrDefault(key, 0L), breaches.getOrDefault(key, Map.of()),
                    c == null ? 0 : c.calls(), c == null ? 0 : c.reached(), c == null ? 0 : c.satisfied()));
        }
        return result;
    }

    private List<AreaCount> areaCounts(List<Count> counts) {
        Map<Long, Organisation.Area> areaById = areaById();
        return counts.stream().map(c -> {
            Long areaId = c.key() == null ? null : Long.valueOf(c.key());
            return new AreaCount(areaId, nameOf(areaById, areaId), c.count());
        }).sorted(java.util.Comparator.comparingLong(AreaCount::count).reversed()
                .thenComparing(a -> Objects.toString(a.areaName(), ""))).toList();
    }

    private Map<Long, Organisation.Area> areaById() {
        Map<Long, Organisation.Area> byId = new HashMap<>();
        organisation.areas().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static String nameOf(Map<Long, Organisation.Area> areaById, Long areaId) {
        Organisation.Area area = areaId == null ? null : areaById.get(areaId);
        return area == null ? null : area.name();
    }

}
