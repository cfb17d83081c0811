package cn.heatdesk.workorders.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.EscalationGateway;
import cn.heatdesk.workorders.EscalationGateway.DeadlineWarning;
import cn.heatdesk.workorders.internal.DeadlineRepository.StoredDeadline;

/**
 * R-SUP-5: finds deadlines that passed without being met and records each breach exactly once, also with several
 * HeatDesk nodes on one database. Each batch is one short transaction: overdue OPEN rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} (another node takes other rows, a person working on the order holds theirs until
 * done), marked BREACHED only while still OPEN, with a breach row (unique per deadline) and an audit record.
 * Escalations and warnings go out after the commit. Nothing is kept in memory, so after a crash the first poll
 * finds every deadline that fell due meanwhile.
 */
@Component
public class DeadlineWatch {

    static final String ACTOR = "system:deadline-watch";

    private final DeadlineRepository deadlines;
    private final WorkOrderRepository orders;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final EscalationGateway escalation;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration warningLead;

    DeadlineWatch(DeadlineRepository deadlines, WorkOrderRepository orders, Organisation organisation,
                  AuditTrail audit, Notifications notifications, EscalationGateway escalation, PlatformTransactionManager transactionManager,
                  Clock clock, @Value("${heatdesk.deadlines.batch-size:100}") int batchSize,
                  @Value("${heatdesk.deadlines.warning-lead:PT5M}") Duration warningLead) {
        this.deadlines = deadlines;
        this.orders = orders;
        this.organisation = organisation;
        this.audit = audit;
        this.notifications = notifications;
        this.escalation = escalation;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchSize = batchSize;
        this.warningLead = warningLead;
    }

    /** One poll: every overdue deadline breached and every warning due sent, batch after batch. */
    public int poll() {
        int breached = 0;
        List<Breach> batch;
        do {
            batch = recordBreaches(batchSize);
            breached += batch.size();
        } while (batch.size() == batchSize);
        List<DeadlineWarning> warnings;
        do {
            warnings = sendWarnings(batchSize);
        } while (warnings.size() == batchSize);
        return breached;
    }

    /** One batch of breaches in one short transaction; escalated once committed. */
    public List<Breach> recordBreaches(int batch) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<Breach> breaches = transactions.execute(status -> {
            List<Breach> recorded = new ArrayList<>();
            Map<Long, String> areaNames = null;
            for (StoredDeadline claimed : deadlines.claimOverdue(now, batch)) {
                long id = claimed.deadline().id();
                if (!deadlines.markBreached(id, now) || !claimed.deadline().breach(now)) {
                    continue;
                }
                if (areaNames == null) {
                    areaNames = areaNames();
                }
                String number = orders.numberOf(claimed.orderId());
                long breachId = deadlines.insertBreach(id, claimed.orderId(), claimed.deadline(), now, ACTOR,
                        claimed.areaId());
                Breach breach = new Breach(breachId, claimed.orderId(), number, claimed.deadline().rule(),
                        claimed.deadline().due(), now, claimed.deadline().responsibleUsername(), claimed.areaId(),
                        areaNames.get(claimed.areaId()));
                audit.record(new AuditEntry(ACTOR, "DEADLINE_BREACHED", "WORK_ORDER", String.valueOf(claimed.orderId()),
                        number + " " + claimed.deadline().rule().label() + "超时（期限 " + claimed.deadline().due() + "）",
                        deadlineState(claimed, "OPEN"), deadlineState(claimed, "BREACHED")));
                notifications.breach(breach, id);
                recorded.add(breach);
            }
            return recorded;
        });
        breaches.forEach(escalation::escalate);
        return breaches;
    }

    /** One batch of warnings (the configured lead before the due time), each sent once. */
    public List<DeadlineWarning> sendWarnings(int batch) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<DeadlineWarning> warnings = transactions.execute(status -> {
            List<DeadlineWarning> sent = new ArrayList<>();
            for (StoredDeadline claimed : deadlines.claimToWarn(now, now.plus(warningLead), batch)) {
                if (deadlines.markWarned(claimed.deadline().id(), now)) {
                    DeadlineWarning warning = new DeadlineWarning(claimed.deadline().id(), claimed.orderId(),
                            claimed.deadline().rule(), claimed.deadline().due(), claimed.deadline().responsibleUsername(),
                            claimed.areaId());
                    notifications.warning(warning, orders.numberOf(claimed.orderId()), now);
                    sent.add(warning);
                }
            }
            return sent;
        });
        warnings.forEach(escalation::warn);
        return warnings;
    }

    private Map<Long, String> areaNames() {
        Map<Long, String> names = new HashMap<>();
        organisation.areas().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private static Map<String, Object> deadlineState(StoredDeadline d, String status) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deadlineId", d.deadline().id());
        state.put("rule", d.deadline().rule().name());
        state.put("due", d.deadline().due().toString());
        state.put("status", status);
        state.put("responsible", d.deadline().responsibleUsername());
        state.put("areaId", d.areaId());
        return state;
    }
}
