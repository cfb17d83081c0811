package cn.heatdesk.appointments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.appointments.domain.VisitSlot;
import cn.heatdesk.appointments.internal.AppointmentRepository;
import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.Deadline;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.WorkOrders;

/**
 * Appointments (预约), R-APPT-1..5: a request lands at once with the butler of the customer's area, who agrees a
 * slot; a slot is booked at most once per butler (database key); one change with consent and the notice deadline
 * from the policy engine; arrival check-in flags lateness. Appointments of a work order tell the order
 * ({@link WorkOrders#agreeAppointment}, {@link WorkOrders#checkIn}) after their own change has committed.
 * Every change is audited (R-SYS-3) and noted on the customer's timeline.
 */
@Service
public class Appointments {

    static final String ENTITY = "APPOINTMENT";
    private static final Logger LOG = LoggerFactory.getLogger(Appointments.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppointmentRepository repository;
    private final CustomerFiles customers;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final PolicyEngine policy;
    private final WorkOrders workOrders;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    Appointments(AppointmentRepository repository, CustomerFiles customers, Organisation organisation,
                 StaffDirectory staff, PolicyEngine policy, WorkOrders workOrders, AuditTrail audit, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.customers = customers;
        this.organisation = organisation;
        this.staff = staff;
        this.policy = policy;
        this.workOrders = workOrders;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public ZoneId zone() {
        return policy.zone();
    }

    // ---- changes ------------------------------------------------------------------------------------------

    /** R-APPT-1: accepted at once, with the butler of the customer's area. */
    public Appointment request(NewAppointment request, StaffMember by) {
        if (request == null || request.customerId() == null) {
            throw new InvalidInputException("MISSING_FIELD", "customerId", "缺少必填项 customerId（用户）");
        }
        CustomerFile file = customers.file(request.customerId(), by);
        Organisation.Area area = organisation.areas().stream().filter(a -> a.id() == file.place().areaId())
                .findFirst().orElseThrow(() -> new NotFoundException("没有找到该用户所在片区"));
        String place = request.place() == null || request.place().isBlank() ? file.address() : request.place().strip();
        Appointment created = write(() -> {
            Appointment a = Appointment.request(repository.nextId(), file.id(), request.workOrderId(), area.id(),
                    area.butlerUsername(), place, trim(request.reason(), 500), by.username(), now());
            repository.insert(a);
            record(by, "APPOINTMENT_REQUESTED", a, null, "受理预约，转片区管家 " + area.butlerName());
            return a;
        });
        return created;
    }

    /** R-APPT-1 and R-APPT-5: the butler agrees a time and place; the slot is the butler's alone. */
    public Appointment agree(long id, Instant startsAt, String place, String nightConsent, StaffMember by) {
        Appointment agreed = write(() -> {
            Appointment before = mayWork(load(id), by);
            Appointment after = before.agree(VisitSlot.of(before.butler(), startsAt, zone()), place, nightConsent,
                    by.username(), now(), zone());
            repository.update(after);
            repository.book(after.butler(), after.start(), after.id());
            record(by, "APPOINTMENT_AGREED", after, before, "约定上门时间 " + TIME.format(after.start().atZone(zone()))
                    + (after.nightConsent() != null ? "（夜间，用户已同意：" + after.nightConsent().how() + "）" : ""));
            return after;
        });
        tellWorkOrder(agreed, by, () -> workOrders.agreeAppointment(agreed.workOrderId(), agreed.start(), by));
        return agreed;
    }

    /** R-APPT-3 and R-APPT-4: the one change, with consent; a notice after the policy's deadline is a breach. */
    public Appointment change(long id, Instant startsAt, String place, String consent, String nightConsent,
                              StaffMember by) {
        Appointment changed = write(() -> {
            Appointment before = mayWork(load(id), by);
            if (before.start() == null) {
                throw new ConflictException("NOT_AGREED", "尚未约定时间的预约请直接约定时间");
            }
            Deadline notice = policy.rescheduleNotice(before.start());
            VisitSlot slot = startsAt == null ? null : VisitSlot.of(before.butler(), startsAt, zone());
            Appointment after = before.change(slot, place, consent, nightConsent, notice.due(), describe(notice),
                    by.username(), now(), zone());
            repository.update(after);
            if (!after.start().equals(before.start())) {
                repository.release(after.id());
                repository.book(after.butler(), after.start(), after.id());
            }
            record(by, after.noticeBreached() ? "APPOINTMENT_CHANGED_LATE_NOTICE" : "APPOINTMENT_CHANGED", after, before,
                    "更改预约为 " + TIME.format(after.start().atZone(zone())) + " " + after.place()
                            + "（用户同意：" + after.change().consent().how() + "）"
                            + (after.noticeBreached() ? "；告知晚于 " + TIME.format(notice.due().atZone(zone()))
                            + "，记为违规" : ""));
            return after;
        });
        if (!changed.start().equals(changed.change().fromStart())) {
            tellWorkOrder(changed, by, () -> workOrders.agreeAppointment(changed.workOrderId(), changed.start(), by));
        }
        return changed;
    }

    /** R-APPT-2: the visitor's arrival; after the agreed time it is flagged late. */
    public Appointment checkIn(long id, StaffMember by) {
        Appointment arrived = write(() -> {
            Appointment before = mayWork(load(id), by);
            Appointment after = before.checkIn(now());
            repository.update(after);
            record(by, "APPOINTMENT_CHECKED_IN", after, before, after.late()
                    ? "到达签到（迟到，约定 " + TIME.format(after.start().atZone(zone())) + "）" : "按时到达签到");
            return after;
        });
        tellWorkOrder(arrived, by, () -> workOrders.checkIn(arrived.workOrderId(), by));
        return arrived;
    }

    /** The home visit is over (called by field service when the visitor finishes). */
    public Appointment finish(long id, StaffMember by) {
        return write(() -> {
            Appointment before = mayWork(load(id), by);
            Appointment after = before.finish();
            repository.update(after);
            record(by, "APPOINTMENT_DONE", after, before, "入户服务完成");
            return after;
        });
    }

    public Appointment cancel(long id, String reason, StaffMember by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "reason", "请填写取消原因");
        }
        return write(() -> {
            Appointment before = mayWork(load(id), by);
            Appointment after = before.cancel();
            repository.update(after);
            repository.release(after.id());
            record(by, "APPOINTMENT_CANCELLED", after, before, "取消预约：" + reason.strip());
            return after;
        });
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /** One appointment; outside the viewer's scope it is not found (R-SYS-2). */
    public Appointment appointment(long id, StaffMember viewer) {
        return read(() -> visible(load(id), viewer));
    }

    public AppointmentView view(long id, StaffMember viewer) {
        return read(() -> viewsOf(List.of(visible(load(id), viewer))).get(0));
    }

    /** The viewer's visits of one day in order (a butler's own; others see their scope). */
    public List<AppointmentView> day(LocalDate day, StaffMember viewer) {
        Instant from = day.atStartOfDay(zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone()).toInstant();
        Map<String, Object> params = new HashMap<>();
        params.put("from", java.sql.Timestamp.from(from));
        params.put("to", java.sql.Timestamp.from(to));
        String where = "starts_at >= :from AND starts_at < :to AND status <> 'CANCELLED'";
        return read(() -> views(repository.findWhere(where + mine(viewer, params), params, 200), viewer));
    }

    /** Requests still waiting for a time, and agreed visits from today on (the desk's and the butler's list). */
    public List<AppointmentView> open(StaffMember viewer) {
        Map<String, Object> params = new HashMap<>();
        String where = "status IN ('REQUESTED', 'AGREED', 'CHECKED_IN')";
        return read(() -> views(repository.findWhere(where + mine(viewer, params), params, 300), viewer));
    }

    /**
     * The rows a list may show, in the query itself, so that its row limit never cuts off the viewer's own rows
     * behind other branches' (R-SYS-2): a butler's own appointments; for everyone else the areas of their scope
     * (nothing more for a company-wide scope). {@link #views} still checks every row as {@link #visible} does.
     */
    private String mine(StaffMember viewer, Map<String, Object> params) {
        if (viewer.role() == StaffRole.BUTLER) {
            params.put("butler", viewer.username());
            return " AND butler = :butler";
        }
        CustomerScope scope = customers.scopeOf(viewer);
        if (scope.companyWide()) {
            return "";
        }
        List<Long> areas = organisation.areas().stream().filter(a -> scope.covers(a.branchId(), a.id()))
                .map(Organisation.Area::id).toList();
        params.put("scopeAreas", areas.isEmpty() ? List.of(-1L) : areas);
        return " AND area_id IN (:scopeAreas)";
    }

    public List<AppointmentView> ofCustomer(long customerId, StaffMember viewer) {
        return read(() -> views(repository.findWhere("customer_id = :c", Map.of("c", customerId), 100), viewer));
    }

    // ---- calendar feed ------------------------------------------------------------------------------------

    /** The butler's private calendar token, created on first use. */
    public String calendarToken(StaffMember butler) {
        return write(() -> repository.feedToken(butler.username()).orElseGet(() -> newToken(butler)));
    }

    /** A new token; the old link stops working at once. */
    public String regenerateCalendarToken(StaffMember butler) {
        return write(() -> newToken(butler));
    }

    /** The butler's appointments from 30 days back, for the feed; empty when the token is unknown. */
    public Optional<CalendarFeed> calendar(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return read(() -> repository.butlerOfToken(token).map(butler -> {
            Map<String, Object> params = new HashMap<>();
            params.put("butler", butler);
            params.put("from", java.sql.Timestamp.from(now().minus(java.time.Duration.ofDays(30))));
            List<Appointment> list = repository.findWhere(
                    "butler = :butler AND starts_at IS NOT NULL AND starts_at >= :from", params, 500);
            List<CalendarFeed.Entry> entries = new ArrayList<>();
            for (Appointment a : list) {
                entries.add(new CalendarFeed.Entry(a, customerLabel(a)));
            }
            return new CalendarFeed(butler, now(), entries);
        }));
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private String newToken(StaffMember butler) {
        if (butler.role() != StaffRole.BUTLER) {
            throw new ForbiddenException("只有片区管家有预约日历");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.saveToken(butler.username(), token, now());
        audit.record(new AuditEntry(butler.username(), "CALENDAR_FEED_TOKEN_ISSUED", "CALENDAR_FEED",
                butler.username(), "生成新的预约日历私密链接（旧链接失效）", null, null));
        return token;
    }

    private String customerLabel(Appointment a) {
        return a.place() == null ? "入户服务" : a.place();
    }

    private Appointment load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("没有找到该预约"));
    }

    /** R-SYS-2: a butler sees his own appointments; everyone sees those of the areas in his customer scope. */
    private Appointment visible(Appointment a, StaffMember viewer) {
        if (!ownedBy(a, viewer) && !inScopeOf(viewer).test(a)) {
            throw new NotFoundException("没有找到该预约，或不在您负责的范围内");
        }
        return a;
    }

    private static boolean ownedBy(Appointment a, StaffMember viewer) {
        return viewer.role() == StaffRole.BUTLER && viewer.username().equals(a.butler());
    }

    /** Whether an appointment's area is in the viewer's customer scope; the scope and the areas are read once. */
    private Predicate<Appointment> inScopeOf(StaffMember viewer) {
        CustomerScope scope = customers.scopeOf(viewer);
        Map<Long, Long> branchOfArea = organisation.areas().stream()
                .collect(Collectors.toMap(Organisation.Area::id, Organisation.Area::branchId));
        return a -> scope.covers(branchOfArea.getOrDefault(a.areaId(), -1L), a.areaId());
    }

    /** The appointment's butler works it; dispatchers, supervisors and administrators may stand in. */
    private Appointment mayWork(Appointment a, StaffMember by) {
        visible(a, by);
        boolean own = by.username().equals(a.butler());
        boolean standsIn = by.role() == StaffRole.BRANCH_DISPATCHER || by.role() == StaffRole.SUPERVISOR
                || by.role() == StaffRole.ADMINISTRATOR;
        if (!own && !standsIn) {
            throw new ForbiddenException("只有该片区的管家（或调度、主管）可以办理这个预约");
        }
        return a;
    }

    /**
     * A list costs the same few queries however long it is (the notice deadlines of R-APPT-4 come from the policy
     * engine's kept reads). R-SYS-2: rows the viewer may not see are left out without a word, as {@link #visible}
     * decides for one.
     */
    private List<AppointmentView> views(List<Appointment> list, StaffMember viewer) {
        if (list.stream().allMatch(a -> ownedBy(a, viewer))) {
            return viewsOf(list); // a butler's own list: nothing to check against his scope
        }
        Predicate<Appointment> inScope = inScopeOf(viewer);
        return viewsOf(list.stream().filter(a -> ownedBy(a, viewer) || inScope.test(a)).toList());
    }

    /**
     * Appointments already found visible, with their customers' labels and their butlers' names read once for all.
     * The labels are not scoped again: a butler's own appointment is his to see (R-SYS-2) even when its customer's
     * area has since passed to another butler.
     */
    private List<AppointmentView> viewsOf(List<Appointment> visible) {
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerLabel> labels = customers.labels(
                visible.stream().map(Appointment::customerId).collect(Collectors.toSet()));
        Map<String, StaffMember> butlers = staff.findByUsernames(
                visible.stream().map(Appointment::butler).collect(Collectors.toSet()));
        return visible.stream().map(a -> viewOf(a, labels.get(a.customerId()), butlers.get(a.butler()))).toList();
    }

    /** {@code customer} is never null: an appointment's customer id is a foreign key. */
    private AppointmentView viewOf(Appointment a, CustomerLabel customer, StaffMember butler) {
        String butlerName = butler == null ? a.butler() : butler.displayName();
        Instant noticeDue = null;
        String noticePolicy = null;
        if (a.start() != null && a.status() == AppointmentStatus.AGREED) {
            Deadline notice = policy.rescheduleNotice(a.start());
            noticeDue = notice.due();
            noticePolicy = describe(notice);
        }
        return new AppointmentView(a, customer.name(), customer.address(), customer.accountNumber(), butlerName,
                noticeDue, noticePolicy, a.status() == AppointmentStatus.AGREED && a.change() == null);
    }

    private static String describe(Deadline notice) {
        return notice.policy() == null ? "" : notice.policy().document()
                + (notice.policy().article() == null ? "" : " " + notice.policy().article());
    }

    private void tellWorkOrder(Appointment a, StaffMember by, Runnable call) {
        if (a.workOrderId() == null) {
            return;
        }
        try {
            call.run();
        } catch (ConflictException | ForbiddenException | InvalidInputException | NotFoundException refused) {
            // The appointment stands; the order's own rules refused the step. Recorded, not hidden.
            LOG.info("Work order {} not updated from appointment {}: {}", a.workOrderId(), a.id(), refused.getMessage());
            write(() -> {
                audit.record(new AuditEntry(by.username(), "APPOINTMENT_WORK_ORDER_NOT_UPDATED", ENTITY,
                        String.valueOf(a.id()), "工单未同步：" + refused.getMessage(), null, null));
                return null;
            });
        }
    }

    private void record(StaffMember by, String action, Appointment after, Appointment before, String summary) {
        audit.record(new AuditEntry(by.username(), action, ENTITY, String.valueOf(after.id()), summary,
                before == null ? null : auditState(before), auditState(after)));
        customers.addToTimeline(after.customerId(), "APPOINTMENT", summary, by.username(),
                "/appointments/" + after.id());
    }

    private static Map<String, Object> auditState(Appointment a) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", a.status().name());
        m.put("butler", a.butler());
        m.put("place", a.place());
        m.put("startsAt", a.start() == null ? null : a.start().toString());
        m.put("nightConsent", a.nightConsent() == null ? null : a.nightConsent().how());
        m.put("changeConsent", a.change() == null ? null : a.change().consent().how());
        m.put("noticeDue", a.change() == null ? null : a.change().noticeDue().toString());
        m.put("noticeLate", a.noticeBreached());
        m.put("checkedInAt", a.checkedInAt() == null ? null : a.checkedInAt().toString());
        m.put("late", a.late());
        return m;
    }

    private <T> T write(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("SLOT_TAKEN", "该管家在这个时段已有其他预约，请另选时间");
        } catch (org.springframework.dao.ConcurrencyFailureException e) {
            throw new ConflictException("APPOINTMENT_CHANGED", "该预约刚被其他人修改，请刷新后再试");
        }
    }

    private <T> T read(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
