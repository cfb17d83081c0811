package cn.heatdesk.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.assessment.internal.AssessmentRecordRepository;
import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.WorkOrderStatistics;
import cn.heatdesk.workorders.domain.Period;

/**
 * Assessment records (R-SUP-6, R-NOTIFY-6): confirmed complaints and confirmed non-notifications, each against a
 * person and/or a unit, audited (R-SYS-3). {@link #record(NewAssessmentRecord)} is for modules acting for a person
 * (the notification module records a confirmed non-notification); {@link #record(NewAssessmentRecord, StaffMember)}
 * is for people on the complaints page and checks who they are.
 */
@Service
public class AssessmentRecords {

    /** Decision: who may confirm a complaint. Branch dispatchers only for their own branch's areas and people. */
    public static final Set<StaffRole> CONFIRMERS = Set.of(StaffRole.SUPERVISOR, StaffRole.MARKET_SERVICE,
            StaffRole.BRANCH_DISPATCHER, StaffRole.ADMINISTRATOR);

    static final String ENTITY = "ASSESSMENT_RECORD";

    private final AssessmentRecordRepository records;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final WorkOrderStatistics statistics;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentRecords(AssessmentRecordRepository records, StaffDirectory staff, Organisation organisation,
                      WorkOrderStatistics statistics, AuditTrail audit, Clock clock) {
        this.records = records;
        this.staff = staff;
        this.organisation = organisation;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a confirmed matter as given (its {@code confirmedBy} answers for it); validated, audited. */
    @Transactional
    public AssessmentRecord record(NewAssessmentRecord request) {
        return save(validated(request, true));
    }

    /**
     * R-NOTIFY-6: a non-notification complaint confirmed in the notification module, recorded in the confirming
     * transaction (both commit, or neither). The complaint names the clerk as typed at the counter; a clerk without a
     * HeatDesk account is still recorded under that name rather than losing the record.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    public void recordConfirmedNonNotification(cn.heatdesk.notification.NonNotificationConfirmed confirmed) {
        String reference = confirmed.noticeNumber() != null ? confirmed.noticeNumber() : "投诉#" + confirmed.complaintId();
        String basis = "单位：" + confirmed.unit() + "；事项：" + confirmed.itemCode() + "；" + confirmed.basis();
        save(validated(new NewAssessmentRecord(AssessmentKind.NON_NOTIFICATION, confirmed.staffUsername(), null,
                basis.length() > 1000 ? basis.substring(0, 1000) : basis, null, confirmed.customerId(), reference,
                confirmed.confirmedBy()), false));
    }

    private AssessmentRecord save(NewAssessmentRecord r) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long id = records.insert(r, now);
        AssessmentRecord saved = new AssessmentRecord(id, r.kind(), r.responsibleUsername(), r.responsibleAreaId(),
                r.basis(), r.orderNumber(), r.customerId(), r.reference(), r.confirmedBy(), now);
        audit.record(new AuditEntry(r.confirmedBy(), "ASSESSMENT_RECORDED", ENTITY, String.valueOf(id),
                r.kind().label() + "：" + (r.responsibleUsername() == null ? "" : r.responsibleUsername()) + " "
                        + (r.orderNumber() == null ? "" : r.orderNumber()),
                null, auditState(saved)));
        return saved;
    }

    /** Records a matter a person confirmed on the complaints page; R-SYS-2: only confirmers, within their scope. */
    @Transactional
    public AssessmentRecord record(NewAssessmentRecord request, StaffMember by) {
        if (!CONFIRMERS.contains(by.role())) {
            throw new ForbiddenException("只有监督、市场客服部、分公司调度或管理员可以登记确认的投诉");
        }
        NewAssessmentRecord r = new NewAssessmentRecord(request.kind(), request.responsibleUsername(),
                request.responsibleAreaId(), request.basis(), request.orderNumber(), request.customerId(),
                request.reference(), by.username());
        List<Long> areas = statistics.areasOf(by);
        if (areas != null && (r.responsibleAreaId() == null || !areas.contains(r.responsibleAreaId()))) {
            throw new ForbiddenException("只能登记本分公司片区的投诉，请选择责任片区");
        }
        return record(r);
    }

    /** The records confirmed in the period that the viewer may see, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentRecord> inPeriod(Period period, StaffMember viewer) {
        return records.inPeriod(period.start(), period.end(), statistics.areasOf(viewer), 500);
    }

    private NewAssessmentRecord validated(NewAssessmentRecord r, boolean knownStaffOnly) {
        if (r.kind() == null) {
            throw new InvalidInputException("MISSING_FIELD", "kind", "请选择考核类型");
        }
        String who = trimmed(r.responsibleUsername());
        Long area = r.responsibleAreaId();
        if (who == null && area == null) {
            throw new InvalidInputException("MISSING_FIELD", "responsibleUsername", "请填写责任人或责任片区");
        }
        if (knownStaffOnly && who != null && staff.findByUsername(who).isEmpty()) {
            throw new InvalidInputException("UNKNOWN_STAFF", "responsibleUsername", "没有这个员工账号：" + who);
        }
        if (area != null && organisation.areas().stream().noneMatch(a -> a.id() == area)) {
            throw new InvalidInputException("UNKNOWN_AREA", "responsibleAreaId", "没有这个供热片区");
        }
        String basis = trimmed(r.basis());
        if (basis == null) {
            throw new InvalidInputException("MISSING_FIELD", "basis", "请写明确认依据");
        }
        if (basis.length() > 1000) {
            throw new InvalidInputException("TOO_LONG", "basis", "确认依据最多 1000 字");
        }
        String order = trimmed(r.orderNumber());
        if (order != null && order.length() > 20) {
            throw new InvalidInputException("TOO_LONG", "orderNumber", "工单编号过长");
        }
        String reference = trimmed(r.reference());
        if (reference != null && reference.length() > 100) {
            throw new InvalidInputException("TOO_LONG", "reference", "参考编号最多 100 字");
        }
        String by = trimmed(r.confirmedBy());
        if (by == null) {
            throw new InvalidInputException("MISSING_FIELD", "confirmedBy", "缺少确认人");
        }
        return new NewAssessmentRecord(r.kind(), who, area, basis, order, r.customerId(), reference, by);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> auditState(AssessmentRecord r) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", r.kind().name());
        state.put("responsibleUsername", r.responsibleUsername());
        state.put("responsibleAreaId", r.responsibleAreaId());
        state.put("basis", r.basis());
        state.put("orderNumber", r.orderNumber());
        state.put("customerId", r.customerId());
        state.put("reference", r.reference());
        state.put("confirmedAt", r.confirmedAt().toString());
        return state;
    }
}
