package cn.heatdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.MaterialCheck;
import cn.heatdesk.notification.domain.NoticeLine;
import cn.heatdesk.notification.domain.NoticeSheet;
import cn.heatdesk.notification.domain.SuspensionWindow;
import cn.heatdesk.notification.internal.NotificationStore;
import cn.heatdesk.notification.internal.NotificationStore.NoticeRow;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * One-time notification (一次性告知) at the counter, on the phone or at the door: the catalog of business items
 * (R-NOTIFY-1), numbered notices that list every missing material at once (R-NOTIFY-2/3), follow-up notices with
 * only the new items and why (R-NOTIFY-4), referrals naming who and where (R-NOTIFY-5), complaints of
 * non-notification whose confirmation is published as {@link NonNotificationConfirmed} (R-NOTIFY-6), and the
 * suspension closing date from the season calendar (R-SUSPEND-1). Every change is audited (R-SYS-3); notices about
 * a customer are on the customer's timeline and are seen only within the viewer's scope (R-SYS-2).
 */
@Service
public class OneTimeNotifications {

    /** R-NOTIFY-6: who decides whether a complaint of non-notification is true (supervision, R-SUP-6). */
    public static final Set<StaffRole> COMPLAINT_DECIDERS = Set.of(StaffRole.SUPERVISOR, StaffRole.MARKET_SERVICE,
            StaffRole.ADMINISTRATOR);

    static final String NOTICE = "NOTIFICATION_NOTICE";

    private final NotificationStore store;
    private final CustomerFiles customers;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OneTimeNotifications(NotificationStore store, CustomerFiles customers, PolicyEngine policy, AuditTrail audit,
                         ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- catalog (R-NOTIFY-1)

    /** Every item in the version in force today, in the order the items were first created. */
    @Transactional(readOnly = true)
    public List<BusinessItem> catalog() {
        LocalDate today = today();
        Map<String, List<BusinessItem>> byCode = new LinkedHashMap<>();
        for (BusinessItem version : store.allVersions()) {
            byCode.computeIfAbsent(version.code(), c -> new ArrayList<>()).add(version);
        }
        return byCode.values().stream().map(v -> BusinessItem.effectiveOn(v, today)).flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public BusinessItem item(String code) {
        return BusinessItem.effectiveOn(store.versions(code), today())
                .orElseThrow(() -> new NotFoundException("没有这个办理事项：" + code));
    }

    /** Every version of one item, oldest first, including those not yet in force. */
    @Transactional(readOnly = true)
    public List<BusinessItem> versions(String code) {
        List<BusinessItem> versions = store.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("没有这个办理事项：" + code);
        }
        return versions;
    }

    /**
     * An administrator's new version of an item (a new code starts a new item). Versions are never edited, so every
     * notice keeps reading as it was given; the item's latest row is locked so two administrators cannot both add
     * the same version number.
     */
    @Transactional
    public BusinessItem addVersion(NewItemVersion command, StaffMember admin) {
        if (admin.role() != StaffRole.ADMINISTRATOR) {
            throw new ForbiddenException(admin.role().label() + "不能修改办理事项");
        }
        String code = command.code() == null ? "" : command.code().strip();
        if (!code.matches(BusinessItem.CODE_PATTERN)) {
            throw new InvalidInputException("INVALID_CODE", "code", "事项代码只能用大写字母、数字和下划线，例如 SUSPENSION");
        }
        int latest = store.lockLatestVersion(code);
        List<BusinessItem> earlier = latest == 0 ? List.of() : store.versions(code);
        LocalDate from = command.effectiveFrom() == null ? today() : command.effectiveFrom();
        if (!earlier.isEmpty()) {
            LocalDate previousFrom = earlier.get(earlier.size() - 1).effectiveFrom();
            if (from.isBefore(previousFrom)) {
                throw new InvalidInputException("EFFECTIVE_FROM_TOO_EARLY", "effectiveFrom",
                        "生效日期不能早于上一版本的生效日期 " + previousFrom);
            }
            if (command.changeNote() == null || command.changeNote().isBlank()) {
                // R-NOTIFY-4: a follow-up notice quotes this as the reason of a new requirement.
                throw new InvalidInputException("MISSING_FIELD", "changeNote", "请说明这一版改了什么（补充告知书会引用）");
            }
        }
        BusinessItem item;
        try {
            item = new BusinessItem(0, code, latest + 1, from, command.name(), command.basis(), command.timeLimit(),
                    command.procedure(), command.materials(), command.fees(), command.refusalReasons(),
                    command.referrals(), command.sampleFields(), command.changeNote());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_ITEM", null, e.getMessage());
        }
        long id = store.insertVersion(item, admin.username(), Instant.now(clock));
        BusinessItem saved = store.version(id).orElseThrow();
        audit.record(new AuditEntry(admin.username(), "NOTIFICATION_ITEM_VERSION_ADDED", "NOTIFICATION_ITEM",
                code, saved.name() + " 第 " + saved.version() + " 版，" + saved.effectiveFrom() + " 起施行"
                        + (saved.changeNote() == null ? "" : "：" + saved.changeNote()),
                earlier.isEmpty() ? null : earlier.get(earlier.size() - 1), saved));
        return saved;
    }

    /** R-SUSPEND-1: the season a suspension applied for today is for, and its last day to apply. */
    @Transactional(readOnly = true)
    public SuspensionWindow suspensionWindow() {
        return SuspensionWindow.on(policy.calendar(), today());
    }

    // ---- notices (R-NOTIFY-2..5)

    /** The sheet a first notice would print, without recording it (the counter's live check). */
    @Transactional(readOnly = true)
    public NoticeSheet preview(String itemCode, List<String> brought) {
        return check(() -> MaterialCheck.first(item(itemCode), brought), "brought");
    }

    /** R-NOTIFY-2/3: records a first notice listing every missing material and puts it on the customer's timeline. */
    @Transactional
    public Notice issue(NewNotice command, StaffMember clerk) {
        if (command.itemCode() == null || command.itemCode().isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "itemCode", "请选择办理事项");
        }
        BusinessItem item = item(command.itemCode());
        NoticeSheet sheet = check(() -> MaterialCheck.first(item, command.brought()), "brought");
        CustomerFile customer = command.customerId() == null ? null : customers.file(command.customerId(), clerk);
        String applicant = trim(command.applicant(), 100);
        if (customer == null && applicant == null) {
            throw new InvalidInputException("MISSING_FIELD", "applicant", "请选择用户，或填写来访/来电人姓名");
        }
        return record(item, sheet, customer, applicant, command.channel(), null, clerk);
    }

    /**
     * R-NOTIFY-4: a follow-up to the latest notice of a matter, by the item version in force now. Only the new
     * items are told, each with its reason; what was told before and is still missing is referred to.
     */
    @Transactional
    public Notice followUp(String number, FollowUp command, StaffMember clerk) {
        Notice earlier = notice(number, clerk);
        if (!earlier.followUps().isEmpty()) {
            throw new ConflictException("NOT_LATEST_NOTICE", "这份告知书已有补充告知书 "
                    + earlier.followUps().get(earlier.followUps().size() - 1) + "，请在最新的告知书上补充");
        }
        if (earlier.sheet().complete()) {
            throw new ConflictException("ALREADY_COMPLETE", "这份告知书的材料已经齐全，事项已当场办理，无需补充告知");
        }
        BusinessItem current = item(earlier.item().code());
        NoticeSheet sheet = check(() -> MaterialCheck.followUp(earlier.item(), earlier.sheet(), current,
                command.brought(), command.notConforming(), command.additional()), "brought");
        CustomerFile customer = earlier.customerId() == null ? null : customers.file(earlier.customerId(), clerk);
        return record(current, sheet, customer, earlier.applicant(),
                command.channel() == null ? earlier.channel() : command.channel(), earlier, clerk);
    }

    private Notice record(BusinessItem item, NoticeSheet sheet, CustomerFile customer, String applicant,
                          Channel channel, Notice earlier, StaffMember clerk) {
        Instant now = Instant.now(clock);
        String number = store.nextNumber(LocalDate.ofInstant(now, policy.zone()));
        String suspension = item.isSuspension() ? suspensionWindow().sentence() : null;
        Long customerId = customer == null ? null : customer.id();
        long id = store.insertNotice(new NoticeRow(0, number, item.id(), customerId, applicant,
                channel == null ? Channel.COUNTER : channel, earlier == null ? null : earlier.id(), suspension,
                clerk.username(), clerk.displayName(), now), sheet);
        String summary = summary(number, item, sheet, earlier);
        if (customerId != null) {
            customers.addToTimeline(customerId, NOTICE, summary, clerk.username(), number);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("item", item.code() + " v" + item.version());
        after.put("customerId", customerId);
        after.put("applicant", applicant);
        after.put("followUpOf", earlier == null ? null : earlier.number());
        after.put("lines", sheet.lines());
        audit.record(new AuditEntry(clerk.username(), earlier == null ? "NOTICE_ISSUED" : "FOLLOW_UP_NOTICE_ISSUED",
                NOTICE, number, summary, null, after));
        return toNotice(store.noticeById(id).orElseThrow());
    }

    private static String summary(String number, BusinessItem item, NoticeSheet sheet, Notice earlier) {
        StringBuilder text = new StringBuilder(earlier == null ? "一次性告知 " : "补充告知 ").append(number).append("：")
                .append(item.name());
        if (sheet.complete()) {
            text.append("，材料齐全，当场办理");
        } else {
            text.append("，尚缺 ").append(sheet.outstanding().size()).append(" 项：");
            text.append(String.join("、", sheet.outstanding().stream().map(NoticeLine::material).toList()));
        }
        if (earlier != null) {
            text.append("（接 ").append(earlier.number()).append("，新增事项 ").append(sheet.newItems().size())
                    .append(" 项）");
        }
        return text.length() > 480 ? text.substring(0, 479) + "…" : text.toString();
    }

    /** One notice; a notice about a customer outside the viewer's scope is "not found" (R-SYS-2). */
    @Transactional(readOnly = true)
    public Notice notice(String number, StaffMember viewer) {
        NoticeRow row = store.noticeByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("没有找到告知书 " + number));
        if (row.customerId() != null) {
            customers.file(row.customerId(), viewer);
        }
        return toNotice(row);
    }

    /** R-ANS-1: every notice a customer was given, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> customerNotices(long customerId, StaffMember viewer) {
        customers.file(customerId, viewer);
        return toNotices(store.noticesOfCustomer(customerId));
    }

    /** The notices this clerk gave most recently (the counter's list). */
    @Transactional(readOnly = true)
    public List<Notice> issuedBy(StaffMember clerk, int limit) {
        return toNotices(store.recentNotices(clerk.username(), Math.min(Math.max(limit, 1), 100)));
    }

    private Notice toNotice(NoticeRow row) {
        return toNotices(List.of(row)).get(0);
    }

    /**
     * A list costs the same few statements however long it is: the customers' labels, the earlier notices' numbers,
     * the sheets' lines and the follow-ups' numbers are each asked for once for the whole list, and each item
     * version once (a counter issues few items).
     */
    private List<Notice> toNotices(List<NoticeRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerLabel> labels = customers.labels(
                rows.stream().map(NoticeRow::customerId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> ids = rows.stream().map(NoticeRow::id).collect(Collectors.toSet());
        Map<Long, String> earlier = store.numbers(
                rows.stream().map(NoticeRow::followUpOf).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<NoticeLine>> lines = store.sheetLines(ids);
        Map<Long, List<String>> followUps = store.followUpNumbers(ids);
        Map<Long, BusinessItem> items = new HashMap<>();
        return rows.stream().map(row -> toNotice(row, labels.get(row.customerId()),
                items.computeIfAbsent(row.itemId(), id -> store.version(id).orElseThrow()),
                row.followUpOf() == null ? null : earlier.get(row.followUpOf()),
                new NoticeSheet(row.followUpOf() != null, lines.getOrDefault(row.id(), List.of())),
                followUps.getOrDefault(row.id(), List.of()))).toList();
    }

    /** A notice names its customer by account number and address. */
    private static Notice toNotice(NoticeRow row, CustomerLabel customer, BusinessItem item, String earlier,
                                   NoticeSheet sheet, List<String> followUps) {
        String label = customer == null ? null : customer.accountNumber() + " " + customer.address();
        return new Notice(row.id(), row.number(), item, row.customerId(), label, row.applicant(), row.channel(),
                earlier, sheet, row.suspensionNote(), row.issuedBy(), row.issuedByName(), row.issuedAt(), followUps);
    }

    // ---- complaints of non-notification (R-NOTIFY-6)

    @Transactional
    public Complaint recordComplaint(NewComplaint command, StaffMember receiver) {
        Long noticeId = null;
        Long customerId = command.customerId();
        String itemCode = trim(command.itemCode(), 40);
        String staff = trim(command.staffUsername(), 100);
        if (command.noticeNumber() != null && !command.noticeNumber().isBlank()) {
            Notice notice = notice(command.noticeNumber(), receiver);
            noticeId = notice.id();
            customerId = notice.customerId();
            itemCode = notice.item().code();
            staff = staff == null ? notice.issuedBy() : staff;
        } else if (customerId != null) {
            customers.file(customerId, receiver);
        }
        if (itemCode == null) {
            throw new InvalidInputException("MISSING_FIELD", "itemCode", "请选择涉及的办理事项");
        }
        item(itemCode);
        if (staff == null) {
            throw new InvalidInputException("MISSING_FIELD", "staffUsername", "请填写被投诉的经办人");
        }
        String unit = trim(command.unit(), 100);
        if (unit == null) {
            throw new InvalidInputException("MISSING_FIELD", "unit", "请填写经办人所在单位（窗口、分公司或部门）");
        }
        String description = trim(command.description(), 1000);
        if (description == null) {
            throw new InvalidInputException("MISSING_FIELD", "description", "请填写投诉内容");
        }
        long id = store.insertComplaint(customerId, noticeId, itemCode, staff, unit, description,
                receiver.username(), Instant.now(clock));
        Complaint complaint = store.complaint(id).orElseThrow();
        audit.record(new AuditEntry(receiver.username(), "NON_NOTIFICATION_COMPLAINT_RECORDED",
                "NOTIFICATION_COMPLAINT", String.valueOf(id), "未履行一次性告知投诉：" + staff + "（" + unit + "）",
                null, complaint));
        if (customerId != null) {
            customers.addToTimeline(customerId, "NOTIFICATION_COMPLAINT", "投诉未一次性告知（" + complaint.itemName() + "），待核实",
                    receiver.username(), String.valueOf(id));
        }
        return complaint;
    }

    /**
     * R-NOTIFY-6: the complaint is true. Publishes {@link NonNotificationConfirmed} in this transaction, so the
     * assessment record and the confirmation commit together.
     */
    @Transactional
    public Complaint confirmComplaint(long id, String finding, StaffMember decider) {
        Complaint confirmed = decide(id, ComplaintStatus.CONFIRMED, finding, decider);
        events.publishEvent(new NonNotificationConfirmed(confirmed.id(), confirmed.customerId(),
                confirmed.noticeNumber(), confirmed.itemCode(), confirmed.staffUsername(), confirmed.unit(),
                decider.username(), confirmed.decidedAt(),
                confirmed.finding() + "（一次性告知服务制度第6条：被投诉不履行一次性告知义务，经查属实的，按考核奖惩有关规定处理）"));
        return confirmed;
    }

    @Transactional
    public Complaint rejectComplaint(long id, String finding, StaffMember decider) {
        return decide(id, ComplaintStatus.REJECTED, finding, decider);
    }

    private Complaint decide(long id, ComplaintStatus status, String finding, StaffMember decider) {
        if (!COMPLAINT_DECIDERS.contains(decider.role())) {
            throw new ForbiddenException(decider.role().label() + "不能核定投诉");
        }
        String text = trim(finding, 1000);
        if (text == null) {
            throw new InvalidInputException("MISSING_FIELD", "finding", "请填写核查结果");
        }
        Complaint before = store.complaint(id).orElseThrow(() -> new NotFoundException("没有找到这条投诉"));
        if (before.status() != ComplaintStatus.OPEN
                || !store.decideComplaint(id, status, decider.username(), Instant.now(clock), text)) {
            throw new ConflictException("ALREADY_DECIDED", "这条投诉已经核定过了");
        }
        Complaint after = store.complaint(id).orElseThrow();
        audit.record(new AuditEntry(decider.username(), "NON_NOTIFICATION_COMPLAINT_" + status.name(),
                "NOTIFICATION_COMPLAINT", String.valueOf(id), "未履行一次性告知投诉" + status.label() + "：" + text,
                before, after));
        if (after.customerId() != null) {
            customers.addToTimeline(after.customerId(), "NOTIFICATION_COMPLAINT",
                    "投诉未一次性告知：" + status.label(), decider.username(), String.valueOf(id));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<Complaint> complaints(ComplaintStatus status, int limit) {
        return store.complaints(status, Math.min(Math.max(limit, 1), 200));
    }

    // ---- helpers

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), policy.zone());
    }

    private static NoticeSheet check(java.util.function.Supplier<NoticeSheet> rule, String field) {
        try {
            return rule.get();
        } catch (IllegalArgumentException refused) {
            throw new InvalidInputException("MATERIALS_REFUSED", field, refused.getMessage());
        }
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
