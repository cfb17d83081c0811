package cn.heatdesk.workorders.internal.web;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.TimelineEntry;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * A change made from a page, against the version of the order the page showed: no lost update (issue 4).
 *
 * <p>One transaction around the {@link WorkOrders} call (which joins it): if the order has moved on since the
 * page was loaded, the person is told who changed it instead of acting on a state they never saw; and if someone
 * else's change commits between that check and the save, the order {@code WorkOrders} returns was loaded at a
 * newer version than the page's, so everything is rolled back with the same conflict.
 */
@Component
class VersionedChange {

    static final String CODE = "ORDER_CHANGED";

    private final WorkOrders orders;
    private final TransactionTemplate transactions;

    VersionedChange(WorkOrders orders, PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    WorkOrder apply(long orderId, long loadedVersion, StaffMember by, Supplier<WorkOrder> change) {
        return transactions.execute(status -> {
            WorkOrder current = orders.order(orderId, by).order();
            if (current.version() != loadedVersion) {
                throw stale(current);
            }
            WorkOrder changed = change.get();
            if (changed.version() != loadedVersion) {
                throw stale(orders.order(orderId, by).order());
            }
            return changed;
        });
    }

    /** 此工单刚被他人更新：who did what last, so the person knows what to look at before trying again. */
    private static ConflictException stale(WorkOrder current) {
        List<TimelineEntry> timeline = current.timeline();
        TimelineEntry last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        String what = last == null ? "" : "（" + last.by() + " " + last.what().label() + "）";
        return new ConflictException(CODE, "此工单刚被他人更新" + what + "，请看清最新情况后再操作。");
    }
}
