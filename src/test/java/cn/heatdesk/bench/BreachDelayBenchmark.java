package cn.heatdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 4 “Measured”: breach detection delay (due → recorded, R-SUP-5) with many open deadlines. Not a test: a
 * main run by {@code bench/breach-delay.sh} against a HeatDesk that is already running on the database with its
 * real scheduler ({@code DeadlineScheduler} → {@code DeadlineWatch}).
 * <ol>
 * <li>Bulk-loads {@code --deadlines} open deadlines (two per order, rules ON_SITE and TEMPERATURE_TEST) with
 * {@code generate_series}, due between one hour and 30 days ahead, then {@code ANALYZE}.</li>
 * <li>Picks {@code --measured} of them at random and moves their due times into the next {@code --window} seconds,
 * evenly spread, starting {@code --lead} seconds from now.</li>
 * <li>Watches the database every 100 ms until each measured deadline is BREACHED (or a timeout), noting when the
 * change became visible.</li>
 * <li>Prints p50/p99/max of {@code deadline_breach.recorded_at − due_at} (the application's timestamp, taken when
 * the batch began) and of “visible − due” (after the commit; 100 ms resolution), and checks that each measured
 * deadline has exactly one breach and that no other deadline was breached.</li>
 * </ol>
 * Arguments: --jdbc-url, --user, --password, --deadlines (1000000), --measured (1000), --window (60), --lead (10),
 * --skip-load (reuse the rows of an earlier run).
 */
public final class BreachDelayBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String url = a.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/heatdesk_bench_breach");
        long deadlines = Long.parseLong(a.getOrDefault("deadlines", "1000000"));
        int measured = Integer.parseInt(a.getOrDefault("measured", "1000"));
        int windowSeconds = Integer.parseInt(a.getOrDefault("window", "60"));
        int leadSeconds = Integer.parseInt(a.getOrDefault("lead", "10"));
        try (Connection db = DriverManager.getConnection(url, a.getOrDefault("user", "postgres"),
                a.getOrDefault("password", ""))) {
            db.setAutoCommit(true);
            if (!a.containsKey("skip-load")) {
                load(db, deadlines);
            }
            long open = single(db, "SELECT COUNT(*) FROM order_deadline WHERE status = 'OPEN'");
            System.out.printf("[bench] %,d open deadlines%n", open);

            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_measured");
                s.execute("CREATE TABLE bench_measured (deadline_id BIGINT PRIMARY KEY, due_at TIMESTAMPTZ NOT NULL, "
                        + "visible_at TIMESTAMPTZ)");
                long breachesBefore = single(db, "SELECT COUNT(*) FROM deadline_breach");
                // One statement: the chosen rows get their new due times at once, spread over the window.
                try (PreparedStatement p = db.prepareStatement("""
                        WITH chosen AS (
                            SELECT id, row_number() OVER () - 1 AS i FROM (
                                SELECT id FROM order_deadline WHERE status = 'OPEN' AND due_at > now() + interval '1 hour'
                                ORDER BY random() LIMIT ?) r),
                        moved AS (
                            UPDATE order_deadline d
                               SET due_at = date_trunc('milliseconds', clock_timestamp())
                                            + make_interval(secs => ? + chosen.i * ?::float8 / ?)
                              FROM chosen WHERE d.id = chosen.id
                            RETURNING d.id, d.due_at)
                        INSERT INTO bench_measured (deadline_id, due_at) SELECT id, due_at FROM moved
                        """)) {
                    p.setInt(1, measured);
                    p.setInt(2, leadSeconds);
                    p.setInt(3, windowSeconds);
                    p.setInt(4, measured);
                    p.executeUpdate();
                }
                System.out.printf("[bench] %d deadlines fall due from %d s to %d s from now%n", measured, leadSeconds,
                        leadSeconds + windowSeconds);

                Instant until = Instant.now().plusSeconds(leadSeconds + windowSeconds + 120L);
                long remaining = measured;
                while (remaining > 0 && Instant.now().isBefore(until)) {
                    s.executeUpdate("""
                            UPDATE bench_measured m SET visible_at = clock_timestamp() FROM order_deadline d
                            WHERE d.id = m.deadline_id AND m.visible_at IS NULL AND d.status = 'BREACHED'
                            """);
                    remaining = single(db, "SELECT COUNT(*) FROM bench_measured WHERE visible_at IS NULL");
                    Thread.sleep(100);
                }
                report(db, measured, remaining, breachesBefore);
            }
        }
    }

    static void load(Connection db, long deadlines) throws Exception {
        long orders = (deadlines + 1) / 2;
        Instant started = Instant.now();
        try (Statement s = db.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("""
                    INSERT INTO work_order (id, number, channel, kind, urgency, description, status, assignee,
                                            first_responder, received_at, registered_at, version)
                    SELECT nextval('work_order_id_seq'), 'BD' || lpad(g::text, 10, '0'), 'HOTLINE_968111', 'REPAIR',
                           'GENERAL', '暖气不热（基准测试）', 'DISPATCHED', 'bench-butler', 'bench-agent', now(), now(), 0
                    FROM generate_series(1, %d) g
                    """.formatted(orders));
            s.execute("""
                    INSERT INTO order_deadline (order_id, rule, starts_at, due_at, status, responsible_username)
                    SELECT o.id, r.rule, now(), now() + interval '1 hour' + random() * interval '30 days', 'OPEN',
                           'bench-butler'
                    FROM work_order o CROSS JOIN (VALUES ('ON_SITE'), ('TEMPERATURE_TEST')) r(rule)
                    WHERE o.number LIKE 'BD%%'
                    """.formatted());
            s.execute("ANALYZE work_order");
            s.execute("ANALYZE order_deadline");
            s.execute("RESET synchronous_commit");
        }
        System.out.printf("[bench] loaded %,d orders with %,d deadlines in %s%n", orders, orders * 2,
                Duration.between(started, Instant.now()));
    }

    static void report(Connection db, int measured, long missed, long breachesBefore) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(stats(db, "recorded_at − due_at (deadline_breach)",
                "SELECT EXTRACT(EPOCH FROM (b.recorded_at - m.due_at)) * 1000 FROM bench_measured m "
                        + "JOIN deadline_breach b ON b.deadline_id = m.deadline_id"));
        rows.add(stats(db, "visible − due_at (committed, seen by a reader)",
                "SELECT EXTRACT(EPOCH FROM (m.visible_at - m.due_at)) * 1000 FROM bench_measured m "
                        + "WHERE m.visible_at IS NOT NULL"));
        long breached = single(db, "SELECT COUNT(*) FROM deadline_breach b JOIN bench_measured m "
                + "ON m.deadline_id = b.deadline_id");
        long others = single(db, "SELECT COUNT(*) FROM deadline_breach") - breachesBefore - breached;
        long early = single(db, "SELECT COUNT(*) FROM deadline_breach b JOIN bench_measured m "
                + "ON m.deadline_id = b.deadline_id WHERE b.recorded_at < m.due_at");
        long open = single(db, "SELECT COUNT(*) FROM order_deadline WHERE status = 'OPEN'");
        System.out.println();
        System.out.printf("Breach detection delay, %,d open deadlines, %d falling due during the run%n%n", open + breached,
                measured);
        System.out.println("| delay | n | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf("%nmeasured deadlines breached: %d of %d (missed: %d), breached before due: %d, "
                + "other breaches: %d%n", breached, measured, missed, early, others);
        if (missed > 0 || breached != measured || early > 0 || others != 0) {
            System.out.println("[bench] FAILED: not every measured deadline was breached exactly once, on time");
            System.exit(1);
        }
    }

    static String stats(Connection db, String label, String delays) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT COUNT(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP
                       (ORDER BY ms), MAX(ms) FROM (%s) t(ms)
                """.formatted(delays))) {
            rs.next();
            return "| %s | %d | %.0f | %.0f | %.0f |".formatted(label, rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                    rs.getDouble(4));
        }
    }

    static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
