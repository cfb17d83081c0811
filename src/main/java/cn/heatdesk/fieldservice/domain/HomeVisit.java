package cn.heatdesk.fieldservice.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;

/**
 * A home visit (入户服务), R-HOME-1..2: the visitor's checklist of steps 1–9, the work done and parts, paid-service
 * items with consent, damage with its remedy. Finishing needs steps 1–9; step 10 then becomes a follow-up call for
 * someone else. Immutable; time comes in as {@code now}.
 */
public record HomeVisit(long id, long appointmentId, long customerId, Long workOrderId, String visitor,
                        Instant startedAt, Map<ChecklistStep, Instant> ticked, String workDone, String parts,
                        List<PaidItem> paidItems, List<Damage> damages, Instant finishedAt, int version) {

    public HomeVisit {
        Objects.requireNonNull(visitor, "visitor");
        ticked = ticked.isEmpty() ? new EnumMap<>(ChecklistStep.class) : new EnumMap<>(ticked);
        paidItems = List.copyOf(paidItems);
        damages = List.copyOf(damages);
    }

    public static HomeVisit start(long id, long appointmentId, long customerId, Long workOrderId, String visitor,
                                  Instant now) {
        return new HomeVisit(id, appointmentId, customerId, workOrderId, visitor, now, Map.of(), null, null,
                List.of(), List.of(), null, 0);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** R-HOME-1: the visitor ticks steps 1–9; step 10 is not theirs. */
    public HomeVisit tick(ChecklistStep step, Instant now) {
        open();
        if (!step.byVisitor()) {
            throw new InvalidInputException("FOLLOW_UP_NOT_BY_VISITOR", "step",
                    "第十步“一访”由公司安排专人回访，完成入户服务后自动生成回访任务，不由入户人员勾选");
        }
        Map<ChecklistStep, Instant> next = new EnumMap<>(ChecklistStep.class);
        next.putAll(ticked);
        next.putIfAbsent(step, now);
        return with(next, workDone, parts, paidItems, damages, finishedAt);
    }

    public List<ChecklistStep> missingSteps() {
        List<ChecklistStep> missing = new ArrayList<>();
        for (ChecklistStep step : ChecklistStep.values()) {
            if (step.byVisitor() && !ticked.containsKey(step)) {
                missing.add(step);
            }
        }
        return missing;
    }

    public HomeVisit recordWork(String done, String usedParts) {
        open();
        return with(ticked, limit(done, 2000), limit(usedParts, 1000), paidItems, damages, finishedAt);
    }

    /** A paid item needs the customer's recorded consent (告知有偿、征得用户认可). */
    public HomeVisit addPaidItem(long itemId, String description, BigDecimal amount, String consent, String by,
                                 Instant now) {
        open();
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "description", "请填写有偿服务项目");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000")) > 0) {
            throw new InvalidInputException("INVALID_AMOUNT", "amount", "金额应在 0 至 100000 元之间，最多两位小数");
        }
        if (consent == null || consent.isBlank()) {
            throw new InvalidInputException("CONSENT_REQUIRED", "consent",
                    "有偿服务须先告知用户并征得同意，请记录用户如何同意");
        }
        List<PaidItem> next = new ArrayList<>(paidItems);
        next.add(new PaidItem(itemId, description.strip(), amount, consent.strip(), by, now));
        return with(ticked, workDone, parts, next, damages, finishedAt);
    }

    /** R-HOME-2: damage is recorded with its remedy. */
    public HomeVisit addDamage(long damageId, String description, Remedy remedy, String remedyNote, String by,
                               Instant now) {
        open();
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "description", "请描述损坏的物品和情况");
        }
        if (remedy == null) {
            throw new InvalidInputException("REMEDY_REQUIRED", "remedy", "请选择处理方式：恢复原状或照价赔偿");
        }
        List<Damage> next = new ArrayList<>(damages);
        next.add(new Damage(damageId, description.strip(), remedy, limit(remedyNote, 500), by, now));
        return with(ticked, workDone, parts, paidItems, next, finishedAt);
    }

    /** R-HOME-1: finishing needs steps 1–9; the caller then creates the step-10 follow-up. */
    public HomeVisit finish(Instant now) {
        open();
        List<ChecklistStep> missing = missingSteps();
        if (!missing.isEmpty()) {
            throw new ConflictException("CHECKLIST_INCOMPLETE", "还有步骤未完成："
                    + String.join("、", missing.stream().map(s -> s.number() + "." + s.shortName()).toList()));
        }
        return with(ticked, workDone, parts, paidItems, damages, now);
    }

    private void open() {
        if (finished()) {
            throw new ConflictException("VISIT_FINISHED", "该入户服务已完成，不能再修改");
        }
    }

    private HomeVisit with(Map<ChecklistStep, Instant> t, String done, String usedParts, List<PaidItem> items,
                           List<Damage> dmg, Instant finished) {
        return new HomeVisit(id, appointmentId, customerId, workOrderId, visitor, startedAt, t, done, usedParts, items,
                dmg, finished, version);
    }

    private static String limit(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
