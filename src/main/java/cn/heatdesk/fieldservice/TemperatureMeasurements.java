package cn.heatdesk.fieldservice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.fieldservice.OutdoorTemperature.OutdoorSource;
import cn.heatdesk.fieldservice.temperature.domain.ColdHomeRules;
import cn.heatdesk.fieldservice.temperature.domain.OrderFollowUp;
import cn.heatdesk.fieldservice.temperature.domain.RoomResult;
import cn.heatdesk.fieldservice.temperature.internal.TemperatureStore;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.FeeReduction;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.PolicyReference;
import cn.heatdesk.policy.domain.TemperatureJudgement;
import cn.heatdesk.policy.domain.TemperatureStandard;
import cn.heatdesk.policy.domain.TemperatureVerdict;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.workorders.domain.DeadlineStatus;

/**
 * 入户测温 (R-TEMP-3..6): records a measurement visit, has the policy engine judge each room with the household's
 * agreement, its building's envelope flag and the outdoor temperature of that time, follows a cold home up with a
 * work order (R-TEMP-5), meets a temperature complaint's 24-hour test (R-TEMP-6) and records the fee reduction by the
 * tiers in force when the company is at fault (R-TEMP-6).
 *
 * <p>The measurement is saved first, in its own transaction with its audit record, so a refusal by the work order
 * service (someone else holds the order) never loses a reading; the order steps run in the work order service's own
 * transactions, and the link is recorded afterwards with what happened, in words the measurer can act on.
 */
@Service
public class TemperatureMeasurements {

    /** Who may record measurements: the butlers at the door, dispatchers and administrators. */
    public static final Set<StaffRole> MEASURERS = EnumSet.of(StaffRole.BUTLER, StaffRole.BRANCH_DISPATCHER,
            StaffRole.ADMINISTRATOR);

    /** Who may enter or import outdoor temperatures. */
    public static final Set<StaffRole> OUTDOOR_RECORDERS = EnumSet.of(StaffRole.BRANCH_DISPATCHER,
            StaffRole.PRODUCTION_MANAGEMENT, StaffRole.ADMINISTRATOR);

    static final String ENTITY = "TEMPERATURE_MEASUREMENT";
    private static final int MAX_ROOMS = 12;
    private static final int MAX_IMPORT_ROWS = 10_000;

    private final TemperatureStore store;
    private final CustomerFiles customers;
    private final WorkOrders workOrders;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TemperatureMeasurements(TemperatureStore store, CustomerFiles customers, WorkOrders workOrders, PolicyEngine policy,
                            AuditTrail audit, PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.workOrders = workOrders;
        this.policy = policy;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- measurements -------------------------------------------------------------------------------------------

    /** R-TEMP-3..6: judges, saves, follows up and answers the recorded measurement. */
    public TemperatureMeasurement record(NewTemperatureMeasurement m, StaffMember by) {
        if (!MEASURERS.contains(by.role())) {
            throw new ForbiddenException("只有片区管家、分公司调度或系统管理员可以记录入户测温");
        }
        require(m.customerId(), "customerId", "请选择用户");
        CustomerFile file = customers.file(m.customerId(), by);
        if (file.kind() != CustomerKind.RESIDENTIAL) {
            throw new InvalidInputException("NOT_A_HOUSEHOLD", "customerId", "入户测温只针对居民用户");
        }
        Instant now = Instant.now(clock);
        Instant at = m.measuredAt() == null ? now : m.measuredAt();
        if (at.isAfter(now.plus(WorkOrders.ALLOWED_CLOCK_SKEW))) {
            throw new InvalidInputException("FUTURE_TIME", "measuredAt", "测温时间不能晚于现在");
        }
        if (m.instrument() == null || m.instrument().isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "instrument", "请填写测温仪器（型号或编号）");
        }
        if (m.instrument().strip().length() > 100) {
            throw new InvalidInputException("TOO_LONG", "instrument", "测温仪器最多 100 个字");
        }
        if (m.rooms() == null || m.rooms().isEmpty()) {
            throw new InvalidInputException("MISSING_FIELD", "rooms", "至少要测一个房间");
        }
        if (m.rooms().size() > MAX_ROOMS) {
            throw new InvalidInputException("TOO_MANY_ROOMS", "rooms", "一次最多记录 " + MAX_ROOMS + " 个房间");
        }
        if (m.heatingFeeYuan() != null && (m.heatingFeeYuan().signum() < 0 || m.heatingFeeYuan().scale() > 2)) {
            throw new InvalidInputException("INVALID_FEE", "heatingFeeYuan", "供热费须为不小于 0 的金额，最多两位小数");
        }
        boolean indoorNormal = m.indoorSystemNormal() == null || m.indoorSystemNormal();
        boolean envelope = Boolean.TRUE.equals(file.place().envelopeCompliant());
        BigDecimal agreed = file.agreementSigned() ? file.agreedCelsius() : null;

        BigDecimal outdoor = m.outdoorCelsius();
        OutdoorSource outdoorSource = OutdoorSource.MEASUREMENT_FORM;
        if (outdoor == null) {
            OutdoorTemperature near = outdoorNear(at).orElseThrow(() -> new InvalidInputException("NO_OUTDOOR_TEMPERATURE",
                    "outdoorCelsius", "测温时间前后 1 小时内没有室外温度记录，请填写当时的室外温度"));
            outdoor = near.celsius();
            outdoorSource = near.source();
        }

        List<RoomResult> results = new ArrayList<>();
        for (int i = 0; i < m.rooms().size(); i++) {
            NewTemperatureMeasurement.Room room = m.rooms().get(i);
            if (room == null || room.roomType() == null) {
                throw new InvalidInputException("MISSING_FIELD", "rooms[" + i + "].roomType", "请选择第 " + (i + 1) + " 个房间的类型");
            }
            if (room.roomName() != null && room.roomName().strip().length() > 60) {
                throw new InvalidInputException("TOO_LONG", "rooms[" + i + "].roomName", "房间名称最多 60 个字");
            }
            Instant roomAt = room.measuredAt() == null ? at : room.measuredAt();
            TemperatureJudgement judgement;
            try {
                judgement = policy.judgeTemperature(roomAt, room.roomType(), room.celsius(), outdoor, envelope,
                        indoorNormal, agreed);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.code(), "celsius".equals(e.field()) ? "rooms[" + i + "].celsius" : e.field(),
                        "第 " + (i + 1) + " 个房间：" + e.getMessage());
            }
            results.add(new RoomResult(room.roomType(), blankToNull(room.roomName()), roomAt, room.celsius(), judgement));
        }
        TemperatureVerdict verdict = ColdHomeRules.verdictOf(results);
        boolean atFault = ColdHomeRules.companyAtFault(verdict);

        BigDecimal shortfall = null;
        BigDecimal percent = null;
        Long reductionVersion = null;
        BigDecimal reductionYuan = null;
        String reductionProblem = null;
        if (atFault) {
            shortfall = ColdHomeRules.shortfall(results).orElseThrow();
            try {
                FeeReduction reduction = policy.feeReduction(shortfall, at.atZone(policy.zone()).toLocalDate());
                percent = reduction.percent();
                reductionVersion = reduction.reference().versionId();
                reductionYuan = m.heatingFeeYuan() == null ? null : reduction.amountOf(m.heatingFeeYuan());
            } catch (NoPolicyInForceException e) {
                // R-BOUND-4: never a silent fallback; the measurement is still recorded and says why.
                reductionProblem = e.getMessage();
            }
        }

        TemperatureMeasurement draft = new TemperatureMeasurement(0, file.id(), file.accountNumber(), file.address(),
                m.visitId(), at, m.instrument().strip(), by.username(), outdoor, outdoorSource, envelope, indoorNormal,
                agreed, policy.climate().designOutdoorCelsius(), standardBasis(agreed), verdict,
                results.stream().map(TemperatureMeasurements::room).toList(), atFault, shortfall, percent,
                reductionVersion, null, m.heatingFeeYuan(), reductionYuan, reductionProblem, null, null, null, null,
                null, now);
        BigDecimal reducedPercent = percent;
        long id = write(() -> {
            long saved = store.insert(draft);
            audit.record(new AuditEntry(by.username(), "TEMPERATURE_MEASURED", ENTITY, String.valueOf(saved),
                    file.accountNumber() + " 入户测温：" + verdict.name(), null, Map.of("customerId", file.id(),
                    "verdict", verdict.name(), "rooms", draft.rooms().size())));
            customers.addToTimeline(file.id(), "TEMPERATURE_MEASURED", "入户测温：" + verdictLabel(verdict)
                    + (reducedPercent != null ? "，减免供热费 " + reducedPercent.stripTrailingZeros().toPlainString() + "%" : ""),
                    by.username(), "/temperature/" + saved);
            return saved;
        });

        followUp(id, file, verdict, by);
        return measurement(id, by);
    }

    public TemperatureMeasurement measurement(long id, StaffMember viewer) {
        TemperatureMeasurement m = read(() -> store.find(id))
                .orElseThrow(() -> new NotFoundException("找不到这条测温记录"));
        CustomerFile file;
        try {
            file = customers.file(m.customerId(), viewer);
        } catch (NotFoundException outsideScope) {
            // R-SYS-2: outside the viewer's scope it is answered exactly like a missing record.
            throw new NotFoundException("找不到这条测温记录");
        }
        return withCustomerAndBasis(List.of(m), file).get(0);
    }

    /** The household's measurements, newest first. */
    public List<TemperatureMeasurement> ofCustomer(long customerId, StaffMember viewer) {
        CustomerFile file = customers.file(customerId, viewer);
        return withCustomerAndBasis(read(() -> store.ofCustomer(customerId, 50)), file);
    }

    /**
     * R-TEMP-5/R-TEMP-6: links the household's open temperature complaint (newest) or opens one for a cold home owed
     * the standard, then walks the order to the recorded measurement where the measurer may.
     */
    private void followUp(long measurementId, CustomerFile file, TemperatureVerdict verdict, StaffMember by) {
        Optional<WorkOrder> open = workOrders.customerOrders(file.id(), by).stream()
                .filter(o -> o.kind() == OrderKind.TEMPERATURE_COMPLAINT)
                .filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.CLOSED
                        && !o.measured())
                .findFirst();
        boolean owed = file.statuses().stream()
                .anyMatch(s -> s.seasonStartYear() == customers.currentSeason() && s.status() == HeatingStatus.IN_SERVICE);
        OrderFollowUp action = ColdHomeRules.followUp(verdict, owed, open.isPresent());
        if (action == OrderFollowUp.NONE) {
            return;
        }
        WorkOrder order;
        if (action == OrderFollowUp.LINK) {
            order = open.orElseThrow();
        } else {
            order = workOrders.register(new NewOrder(Channel.BUTLER, OrderKind.TEMPERATURE_COMPLAINT, Urgency.GENERAL,
                    file.id(), null, null, null, "入户测温不达标（测温记录 " + measurementId + "），自动生成室温工单跟进",
                    null, null, null, null), by);
        }
        String note;
        Boolean met = null;
        try {
            order = walkToMeasurement(order, by);
            met = workOrders.order(order.id(), by).deadlines().stream()
                    .filter(d -> d.rule() == DeadlineRule.TEMPERATURE_TEST)
                    .map(TrackedDeadline::status)
                    .reduce((a, b) -> b)
                    .map(s -> s == DeadlineStatus.MET)
                    .orElse(null);
            note = Boolean.TRUE.equals(met) ? "已记录入户测温，24 小时测温时限按时完成"
                    : "已记录入户测温（24 小时测温时限未能按时完成）";
        } catch (ForbiddenException | ConflictException | InvalidInputException refused) {
            note = "工单由 " + order.assignee() + " 处理，本次测温未能记入工单：" + refused.getMessage()
                    + "。请处理人在工单上记录测温。";
        }
        WorkOrder linked = order;
        String finalNote = note;
        Boolean finalMet = met;
        write(() -> {
            store.linkOrder(measurementId, linked.id(), linked.number(), action, finalMet, finalNote);
            audit.record(new AuditEntry(by.username(), action == OrderFollowUp.OPEN ? "TEMPERATURE_ORDER_OPENED"
                    : "TEMPERATURE_ORDER_LINKED", ENTITY, String.valueOf(measurementId),
                    "测温记录关联工单 " + linked.number() + "：" + finalNote, null,
                    Map.of("workOrderId", linked.id(), "link", action.name())));
            return null;
        });
    }

    /** The order steps up to the recorded measurement (R-TEMP-6), as far as the order's state requires. */
    private WorkOrder walkToMeasurement(WorkOrder order, StaffMember by) {
        long id = order.id();
        WorkOrder current = order;
        if (current.status() == OrderStatus.RECEIVED) {
            current = workOrders.dispatch(id, by.username(), by);
        }
        if (current.status() == OrderStatus.DISPATCHED) {
            current = workOrders.accept(id, by);
        }
        if (current.status() == OrderStatus.ACCEPTED) {
            current = workOrders.checkIn(id, by);
        }
        return workOrders.recordMeasurement(id, by);
    }

    // ---- outdoor temperatures -------------------------------------------------------------------------------------

    /** The recorded outdoor temperature nearest to {@code at} within ±1 h. */
    public Optional<OutdoorTemperature> outdoorNear(Instant at) {
        List<OutdoorTemperature> candidates = read(() -> store.outdoorBetween(at.minus(ColdHomeRules.OUTDOOR_WINDOW),
                at.plus(ColdHomeRules.OUTDOOR_WINDOW)));
        return ColdHomeRules.nearestOutdoor(at, candidates.stream()
                        .map(o -> new ColdHomeRules.OutdoorReading(o.id(), o.measuredAt(), o.celsius())).toList())
                .flatMap(r -> candidates.stream().filter(o -> o.id() == r.id()).findFirst());
    }

    public List<OutdoorTemperature> recentOutdoor(int limit) {
        return read(() -> store.recentOutdoor(Math.max(1, Math.min(limit, 500))));
    }

    public OutdoorTemperature enterOutdoor(Instant at, BigDecimal celsius, StaffMember by) {
        requireOutdoorRecorder(by);
        require(at, "measuredAt", "请填写时间");
        checkOutdoor(celsius, "celsius");
        Instant now = Instant.now(clock);
        if (at.isAfter(now.plus(WorkOrders.ALLOWED_CLOCK_SKEW))) {
            throw new InvalidInputException("FUTURE_TIME", "measuredAt", "时间不能晚于现在");
        }
        long id = write(() -> {
            long saved = store.insertOutdoor(at, celsius, OutdoorSource.ENTERED, by.username(), now)
                    .orElseThrow(() -> new ConflictException("OUTDOOR_EXISTS", "这个时间已经有室外温度记录"));
            audit.record(new AuditEntry(by.username(), "OUTDOOR_TEMPERATURE_ENTERED", "OUTDOOR_TEMPERATURE",
                    String.valueOf(saved), "录入室外温度 " + celsius.toPlainString() + "℃", null,
                    Map.of("at", at.toString(), "celsius", celsius)));
            return saved;
        });
        return new OutdoorTemperature(id, at, celsius, OutdoorSource.ENTERED, by.username(), now);
    }

    /**
     * Imports a CSV of outdoor temperatures: a header line, then {@code 时间,温度} per line, the time as
     * {@code 2026-12-01 08:00} (the company's zone) or ISO-8601 with an offset. Rows for an instant already recorded
     * are skipped; bad rows are named with their line and the rest imported.
     */
    public OutdoorImport importOutdoor(Reader csv, StaffMember by) {
        requireOutdoorRecorder(by);
        Map<Instant, BigDecimal> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    line = line.replace("\uFEFF", "");
                    if (!line.isBlank() && !Character.isDigit(line.strip().charAt(0))) {
                        continue;
                    }
                }
                if (line.isBlank()) {
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_IMPORT_ROWS) {
                    problems.add("第 " + number + " 行起未导入：一次最多 " + MAX_IMPORT_ROWS + " 行");
                    break;
                }
                String[] cells = line.split("[,，\t]");
                if (cells.length < 2) {
                    problems.add("第 " + number + " 行：应为“时间,温度”两列");
                    continue;
                }
                Instant at = parseTime(cells[0].strip().replace("\"", ""));
                if (at == null) {
                    problems.add("第 " + number + " 行：时间“" + cells[0].strip() + "”无法识别，应为 2026-12-01 08:00");
                    continue;
                }
                BigDecimal celsius;
                try {
                    celsius = new BigDecimal(cells[1].strip().replace("\"", "").replace("℃", ""));
                    checkOutdoor(celsius, "celsius");
                } catch (NumberFormatException | InvalidInputException e) {
                    problems.add("第 " + number + " 行：温度“" + cells[1].strip() + "”应为 -60℃ 至 50℃ 之间的数，最多两位小数");
                    continue;
                }
                if (at.isAfter(Instant.now(clock).plus(WorkOrders.ALLOWED_CLOCK_SKEW))) {
                    problems.add("第 " + number + " 行：时间晚于现在");
                    continue;
                }
                rows.put(at, celsius);
            }
        } catch (IOException e) {
            throw new InvalidInputException("UNREADABLE_FILE", "file", "文件无法读取");
        }
        Instant now = Instant.now(clock);
        int[] added = {0};
        write(() -> {
            for (Map.Entry<Instant, BigDecimal> row : rows.entrySet()) {
                store.insertOutdoor(row.getKey(), row.getValue(), OutdoorSource.IMPORTED, by.username(), now)
                        .ifPresent(id -> added[0]++);
            }
            audit.record(new AuditEntry(by.username(), "OUTDOOR_TEMPERATURE_IMPORTED", "OUTDOOR_TEMPERATURE", "import",
                    "导入室外温度 " + added[0] + " 条", null, Map.of("added", added[0], "problems", problems.size())));
            return null;
        });
        return new OutdoorImport(added[0], rows.size() - added[0], problems);
    }

    private Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            for (String pattern : List.of("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-dd'T'HH:mm")) {
                try {
                    return LocalDateTime.parse(text, DateTimeFormatter.ofPattern(pattern)).atZone(policy.zone()).toInstant();
                } catch (DateTimeParseException ignored) {
                    // try the next pattern
                }
            }
            return null;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void requireOutdoorRecorder(StaffMember by) {
        if (!OUTDOOR_RECORDERS.contains(by.role())) {
            throw new ForbiddenException("只有分公司调度、生产管理部门或系统管理员可以录入室外温度");
        }
    }

    private static void checkOutdoor(BigDecimal celsius, String field) {
        if (celsius == null) {
            throw new InvalidInputException("MISSING_FIELD", field, "请填写室外温度");
        }
        if (celsius.compareTo(BigDecimal.valueOf(-60)) < 0 || celsius.compareTo(BigDecimal.valueOf(50)) > 0
                || celsius.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("IMPLAUSIBLE_VALUE", field, "室外温度应在 -60℃ 至 50℃ 之间，最多两位小数");
        }
    }

    private String standardBasis(BigDecimal agreed) {
        String owed = agreed != null ? "供用热协议约定 " + agreed.stripTrailingZeros().toPlainString() + "℃"
                : "山东省供热条例 卧室、起居室不低于 " + TemperatureStandard.STANDARD_CELSIUS + "℃";
        String source = policy.climate().designOutdoorSource();
        return owed + "；" + policy.climate().name() + "供热系统最低设计温度 "
                + policy.climate().designOutdoorCelsius().toPlainString() + "℃" + (source == null ? "" : "（" + source + "）");
    }

    private static TemperatureMeasurement.Room room(RoomResult r) {
        TemperatureJudgement j = r.judgement();
        return new TemperatureMeasurement.Room(r.roomType(), r.roomName(), r.at(), r.celsius(), j.verdict(),
                j.requiredCelsius(), j.failedCondition(), j.reason());
    }

    /** The customer's account number and address, and the document of each reduction's policy version. */
    private List<TemperatureMeasurement> withCustomerAndBasis(List<TemperatureMeasurement> list, CustomerFile file) {
        Map<Long, PolicyReference> versions = policy.references(list.stream()
                .map(TemperatureMeasurement::reductionVersionId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(m -> withCustomerAndBasis(m, file, versions.get(m.reductionVersionId()))).toList();
    }

    private static TemperatureMeasurement withCustomerAndBasis(TemperatureMeasurement m, CustomerFile file,
                                                       PolicyReference reduction) {
        String basis = reduction == null ? null
                : reduction.document() + (reduction.article() == null ? "" : " " + reduction.article());
        return new TemperatureMeasurement(m.id(), m.customerId(), file.accountNumber(), file.address(), m.visitId(),
                m.measuredAt(), m.instrument(), m.measuredBy(), m.outdoorCelsius(), m.outdoorSource(),
                m.envelopeCompliant(), m.indoorSystemNormal(), m.agreedCelsius(), m.designOutdoorCelsius(),
                m.standardBasis(), m.verdict(), m.rooms(), m.companyAtFault(), m.shortfallCelsius(), m.reductionPercent(),
                m.reductionVersionId(), basis, m.heatingFeeYuan(), m.reductionYuan(), m.reductionProblem(),
                m.workOrderId(), m.workOrderNumber(), m.orderLink(), m.testMet(), m.orderNote(), m.recordedAt());
    }

    private static String verdictLabel(TemperatureVerdict verdict) {
        return switch (verdict) {
            case COMPLIANT -> "达标";
            case NON_COMPLIANT -> "不达标";
            case EXEMPT -> "不计为不达标";
            case NOT_APPLICABLE -> "不适用室温标准";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException("MISSING_FIELD", field, message);
        }
    }

    private <T> T write(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }
}
