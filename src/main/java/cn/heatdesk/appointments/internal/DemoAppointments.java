package cn.heatdesk.appointments.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.customers.Organisation;

/**
 * Demo mode: a few agreed visits today (09:00, 11:00, 14:00, 16:00) for the demo butler {@code butler} at households
 * of their area, so that /visits has a day to walk through. Idempotent: nothing is added when the butler already
 * has appointments today. Past hours are kept (a demo check-in then shows the late flag).
 */
@Component
@Profile("demo")
@Order(30)
class DemoAppointments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);
    private static final String BUTLER = "butler";
    private static final List<Integer> HOURS = List.of(9, 11, 14, 16);
    private static final List<String> REASONS = List.of("暖气片不热，请上门查看", "阀门漏水", "入户测温", "室内系统调节");

    private final AppointmentRepository repository;
    private final CustomerFiles customers;
    private final Organisation organisation;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DemoAppointments(AppointmentRepository repository, CustomerFiles customers, Organisation organisation,
                     JdbcClient jdbc, Clock clock, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.repository = repository;
        this.customers = customers;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        long existing = jdbc.sql("SELECT COUNT(*) FROM appointment WHERE butler = :b AND starts_at >= :f AND starts_at < :t")
                .param("b", BUTLER).param("f", java.sql.Timestamp.from(from)).param("t", java.sql.Timestamp.from(to))
                .query(Long.class).single();
        if (existing > 0) {
            return;
        }
        List<Long> areas = organisation.areas().stream().filter(a -> BUTLER.equals(a.butlerUsername()))
                .map(Organisation.Area::id).toList();
        List<CustomerLabel> households = customers.firstCustomersOf(areas, HOURS.size());
        Instant now = Instant.now(clock);
        for (int i = 0; i < households.size(); i++) {
            CustomerLabel h = households.get(i);
            Instant start = today.atTime(HOURS.get(i), 0).atZone(zone).toInstant();
            Appointment a = new Appointment(repository.nextId(), h.id(), null, h.areaId(), BUTLER, "demo", now,
                    REASONS.get(i), AppointmentStatus.AGREED, h.address(), start, null, null, null, false, 0);
            repository.insert(a);
            repository.book(BUTLER, start, a.id());
        }
        log.info("Created {} demo appointments for the butler today.", households.size());
    }
}
