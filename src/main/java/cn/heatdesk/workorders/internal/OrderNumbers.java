package cn.heatdesk.workorders.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.common.Databases;

/**
 * Order numbers GD + day + running number of the day (GD202611270001), safe across nodes: the day's row is locked
 * until the transaction that takes a number ends, so no two orders share a number, and a transaction that rolls
 * back gives its number back. Past 9999 orders a day the running number simply grows a digit.
 * <p>
 * Every node's registrations queue on the day's row while one holds it, so it is held briefly: {@code WorkOrders}
 * takes the number in a short transaction of its own and stores the order in the next one. On PostgreSQL one
 * statement takes the number (an upsert that locks the row and returns the new value) and that short transaction
 * does not wait for its WAL flush ({@code SET LOCAL synchronous_commit = off}). Safe for the number: the WAL is
 * written in order, so the order's own synchronous commit later flushes the number's commit too; if the node dies
 * before that, no stored order carries the number and it may be handed out again. H2 (the trial database) has no
 * {@code ON CONFLICT … DO UPDATE … RETURNING}: there the row is created if missing, locked with {@code FOR UPDATE}
 * and updated, in three statements with the same guarantees.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final boolean postgres;

    OrderNumbers(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * The day's next number, in the caller's transaction, which must be short and must write nothing else that has
     * to be durable by itself: on PostgreSQL it commits without waiting for its WAL flush (see above).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String take(LocalDate day) {
        int number = postgres ? takeOnPostgres(day) : takePortably(day);
        return format(day, number);
    }

    /** GD + yyyyMMdd + the running number, at least four digits (GD202611270007, GD2026112712345). */
    static String format(LocalDate day, int number) {
        String digits = Integer.toString(number);
        StringBuilder text = new StringBuilder(16).append("GD").append(DAY.format(day));
        for (int i = digits.length(); i < 4; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    private int takeOnPostgres(LocalDate day) {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        return jdbc.sql("""
                INSERT INTO work_order_number (order_day, last_no) VALUES (:day, 1)
                ON CONFLICT (order_day) DO UPDATE SET last_no = work_order_number.last_no + 1
                RETURNING last_no
                """)
                .param("day", Date.valueOf(day)).query(Integer.class).single();
    }

    private int takePortably(LocalDate day) {
        jdbc.sql("INSERT INTO work_order_number (order_day, last_no) VALUES (:day, 0) ON CONFLICT DO NOTHING")
                .param("day", Date.valueOf(day)).update();
        int last = jdbc.sql("SELECT last_no FROM work_order_number WHERE order_day = :day FOR UPDATE")
                .param("day", Date.valueOf(day)).query(Integer.class).single();
        jdbc.sql("UPDATE work_order_number SET last_no = :no WHERE order_day = :day")
                .param("no", last + 1).param("day", Date.valueOf(day)).update();
        return last + 1;
    }
}
