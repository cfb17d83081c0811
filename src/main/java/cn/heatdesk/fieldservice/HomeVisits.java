package cn.heatdesk.fieldservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.appointments.AppointmentView;
import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.fieldservice.domain.ChecklistStep;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.fieldservice.domain.PhotoCheck;
import cn.heatdesk.fieldservice.domain.Remedy;
import cn.heatdesk.fieldservice.internal.HomeVisitRepository;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * Home visits (入户服务), R-HOME-1..2: started by the arrival check-in of an agreed appointment (R-APPT-2), worked
 * through the ten-step checklist, finished with a follow-up call (step 10) for someone other than the visitor.
 * Every change is audited (R-SYS-3); start and finish go on the customer's timeline.
 */
@Service
public class HomeVisits {

    static final String ENTITY = "HOME_VISIT";
    /** Roles that make follow-up calls (step 10): the hotline and the market customer service department. */
    public static final List<StaffRole> FOLLOW_UP_ROLES = List.of(StaffRole.HOTLINE_AGENT, StaffRole.MARKET_SERVICE,
            StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);

    private final HomeVisitRepository repository;
    private final Appointments appointments;
    private final CustomerFiles customers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    HomeVisits(HomeVisitRepository repository, Appointments appointments, CustomerFiles customers, AuditTrail audit,
               Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.appointments = appointments;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Today's visits of the viewer in time order, with the visit id of those already started. */
    public List<TodayVisit> today(StaffMember viewer) {
        LocalDate today = LocalDate.now(clock.withZone(appointments.zone()));
        List<AppointmentView> day = appointments.day(today, viewer);
        Map<Long, HomeVisitRepository.VisitState> states = repository.statesByAppointment(
                day.stream().map(v -> v.appointment().id()).toList());
        List<TodayVisit> visits = new ArrayList<>();
        for (AppointmentView v : day) {
            HomeVisitRepository.VisitState state = states.get(v.appointment().id());
            visits.add(new TodayVisit(v, state == null ? null : state.id(), state != null && state.finished()));
        }
        return visits;
    }

    /** R-APPT-2 then R-HOME-1: check in on the appointment and open its visit (again: the same visit). */
    public HomeVisit start(long appointmentId, StaffMember by) {
        Appointment a = appointments.appointment(appointmentId, by);
        Optional<HomeVisit> existing = repository.findByAppointment(appointmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (a.status() == AppointmentStatus.AGREED) {
            a = appointments.checkIn(appointmentId, by);
        } else if (a.status() != AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("NOT_AGREED", "只有已约定时间的预约可以开始入户服务");
        }
        Appointment arrived = a;
        try {
            return transactions.execute(status -> {
                HomeVisit visit = HomeVisit.start(repository.nextId(), arrived.id(), arrived.customerId(),
                        arrived.workOrderId(), by.username(), now());
                repository.insert(visit);
                audit.record(new AuditEntry(by.username(), "HOME_VISIT_STARTED", ENTITY, String.valueOf(visit.id()),
                        "到达签到，开始入户服务" + (arrived.late() ? "（迟到）" : ""), null, state(visit)));
                customers.addToTimeline(visit.customerId(), "HOME_VISIT", "开始入户服务", by.username(),
                        "/visits/" + visit.id());
                return visit;
            });
        } catch (org.springframework.dao.DuplicateKeyException startedElsewhere) {
            return repository.findByAppointment(appointmentId).orElseThrow(() -> startedElsewhere);
        }
    }

    public HomeVisitView visit(long id, StaffMember viewer) {
        HomeVisit visit = load(id);
        AppointmentView appointment = appointments.view(visit.appointmentId(), viewer);
        return new HomeVisitView(visit, appointment, repository.photos(id),
                repository.followUpOfVisit(id).orElse(null));
    }

    public HomeVisit tick(long id, int step, StaffMember by) {
        ChecklistStep s = ChecklistStep.number(step);
        return change(id, by, "HOME_VISIT_STEP_TICKED", "完成第 " + s.number() + " 步 " + s.shortName(),
                v -> v.tick(s, now()));
    }

    public HomeVisit recordWork(long id, String workDone, String parts, StaffMember by) {
        return change(id, by, "HOME_VISIT_WORK_RECORDED", "记录维修内容和用料", v -> v.recordWork(workDone, parts));
    }

    public HomeVisit addPaidItem(long id, String description, BigDecimal amount, String consent, StaffMember by) {
        long itemId = repository.nextItemId();
        return change(id, by, "HOME_VISIT_PAID_ITEM", "有偿服务：" + description + " " + amount + " 元（用户同意："
                + consent + "）", v -> v.addPaidItem(itemId, description, amount, consent, by.username(), now()));
    }

    /** R-HOME-2. */
    public HomeVisit addDamage(long id, String description, Remedy remedy, String remedyNote, StaffMember by) {
        long damageId = repository.nextItemId();
        return change(id, by, "HOME_VISIT_DAMAGE", "损坏用户财物：" + description + "，处理："
                        + (remedy == null ? "" : remedy.label()),
                v -> v.addDamage(damageId, description, remedy, remedyNote, by.username(), now()));
    }

    public VisitPhoto addPhoto(long id, byte[] content, String caption, StaffMember by) {
        String type = PhotoCheck.contentType(content);
        return transactions.execute(status -> {
            HomeVisit visit = mayWork(load(id), by);
            if (visit.finished()) {
                throw new ConflictException("VISIT_FINISHED", "该入户服务已完成，不能再添加照片");
            }
            long photoId = repository.nextItemId();
            String text = caption == null || caption.isBlank() ? null
                    : caption.strip().substring(0, Math.min(200, caption.strip().length()));
            repository.insertPhoto(photoId, id, type, content, text, by.username(), now());
            audit.record(new AuditEntry(by.username(), "HOME_VISIT_PHOTO", ENTITY, String.valueOf(id),
                    "上传照片（" + type + "，" + content.length + " 字节）", null, null));
            return repository.photos(id).stream().filter(p -> p.id() == photoId).findFirst().orElseThrow();
        });
    }

    public VisitPhoto.Content photo(long id, long photoId, StaffMember viewer) {
        visit(id, viewer);
        return repository.photo(id, photoId).orElseThrow(() -> new NotFoundException("没有找到该照片"));
    }

    /** R-HOME-1: finishing needs steps 1–9 and hands step 10 to someone else as a follow-up call. */
    public HomeVisit finish(long id, StaffMember by) {
        HomeVisit finished = transactions.execute(status -> {
            HomeVisit before = mayWork(load(id), by);
            HomeVisit after = before.finish(now());
            repository.update(before, after);
            Appointment appointment = appointments.appointment(before.appointmentId(), by);
            repository.insertFollowUp(repository.nextItemId(), after, appointment.areaId(), now());
            audit.record(new AuditEntry(by.username(), "HOME_VISIT_FINISHED", ENTITY, String.valueOf(id),
                    "入户服务完成，已生成第十步回访任务", state(before), state(after)));
            customers.addToTimeline(after.customerId(), "HOME_VISIT", "入户服务完成（待专人回访）", by.username(),
                    "/visits/" + id);
            return after;
        });
        appointments.finish(finished.appointmentId(), by);
        return finished;
    }

    /** Open follow-up calls (step 10) for the people who make them. */
    public List<FollowUp> openFollowUps(StaffMember viewer) {
        mayCallBack(viewer);
        return repository.followUps(true, 200);
    }

    public List<FollowUp> doneFollowUps(StaffMember viewer) {
        mayCallBack(viewer);
        return repository.followUps(false, 50);
    }

    /** Step 10: the call is made by someone other than the visitor. */
    public FollowUp recordFollowUp(long followUpId, boolean reached, Boolean satisfied, String comment,
                                   StaffMember by) {
        mayCallBack(by);
        return transactions.execute(status -> {
            FollowUp f = repository.followUp(followUpId).orElseThrow(() -> new NotFoundException("没有找到该回访任务"));
            if (f.visitor().equals(by.username())) {
                throw new ForbiddenException("第十步“一访”须由入户人员以外的专人回访");
            }
            String text = comment == null || comment.isBlank() ? null : comment.strip();
            if (!repository.completeFollowUp(followUpId, by.username(), now(), reached, reached ? satisfied : null,
                    text)) {
                throw new ConflictException("FOLLOW_UP_DONE", "该回访已由其他人记录");
            }
            String summary = reached ? "入户服务回访：" + (Boolean.TRUE.equals(satisfied) ? "满意" : "不满意")
                    : "入户服务回访：未联系上";
            audit.record(new AuditEntry(by.username(), "HOME_VISIT_FOLLOWED_UP", ENTITY, String.valueOf(f.visitId()),
                    summary + (text == null ? "" : "，" + text), null, null));
            customers.addToTimeline(f.customerId(), "HOME_VISIT", summary, by.username(), "/visits/" + f.visitId());
            return repository.followUp(followUpId).orElseThrow();
        });
    }

    private HomeVisit change(long id, StaffMember by, String action, String summary, Function<HomeVisit, HomeVisit> step) {
        return transactions.execute(status -> {
            HomeVisit before = mayWork(load(id), by);
            HomeVisit after = step.apply(before);
            repository.update(before, after);
            audit.record(new AuditEntry(by.username(), action, ENTITY, String.valueOf(id), summary, state(before),
                    state(after)));
            return repository.findById(id).orElseThrow();
        });
    }

    private HomeVisit load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("没有找到该入户记录"));
    }

    /** The visitor works the record; supervisors and administrators may correct it. */
    private HomeVisit mayWork(HomeVisit visit, StaffMember by) {
        appointments.appointment(visit.appointmentId(), by);
        if (!visit.visitor().equals(by.username()) && by.role() != StaffRole.SUPERVISOR
                && by.role() != StaffRole.ADMINISTRATOR) {
            throw new ForbiddenException("只有入户人员本人可以填写入户记录");
        }
        return visit;
    }

    private static void mayCallBack(StaffMember by) {
        if (!FOLLOW_UP_ROLES.contains(by.role())) {
            throw new ForbiddenException("回访任务由热线坐席或市场客服部专人办理");
        }
    }

    private static Map<String, Object> state(HomeVisit v) {
        Map<String, Object> m = new HashMap<>();
        m.put("steps", v.ticked().keySet().stream().map(ChecklistStep::number).sorted().toList());
        m.put("workDone", v.workDone());
        m.put("parts", v.parts());
        m.put("paidItems", v.paidItems().size());
        m.put("damages", v.damages().size());
        m.put("finishedAt", v.finishedAt() == null ? null : v.finishedAt().toString());
        return m;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
