package cn.heatdesk.workorders.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order numbers GD + day + running number of the day (GD202611270001), safe across nodes: the day's row is locked
 * ({@code FOR UPDATE}) until the registering transaction ends, so no two orders share a number, and a registration
 * that rolls back gives its number back. Past 9999 orders a day the running number simply grows a digit.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    OrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(LocalDate day) {
        jdbc.sql("INSERT INTO work_order_number (order_day, last_no) VALUES (:day, 0) ON CONFLICT DO NOTHING")
                .param("day", Date.valueOf(day)).update();
        int last = jdbc.sql("SELECT last_no FROM work_order_number WHERE order_day = :day FOR UPDATE")
                .param("day", Date.valueOf(day)).query(Integer.class).single();
        jdbc.sql("UPDATE work_order_number SET last_no = :no WHERE order_day = :day")
                .param("no", last + 1).param("day", Date.valueOf(day)).update();
        return "GD" + DAY.format(day) + String.format("%04d", last + 1);
    }
}
