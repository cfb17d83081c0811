package cn.heatdesk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Search latency over HTTP against a running HeatDesk (issue 3 benchmark; numbers in docs/benchmarks.md).
 * Not a test: surefire does not run it and it asserts nothing. Queries are drawn from the database itself
 * (seeded, so every run asks the same things), then sent one at a time through the real API with HTTP
 * Basic, after a warm-up; the four kinds are interleaved so that drift hits them alike.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/bench-classpath.txt) cn.heatdesk.bench.SearchBenchmark \
 *      --base-url=http://127.0.0.1:8089 --jdbc-url=jdbc:postgresql://127.0.0.1:5432/heatdesk_bench \
 *      --queries=300 --warmup=100 [--create-user [--bcrypt-cost=4]] [--user=bench --password=…]
 * </pre>
 *
 * {@code --create-user} creates (or resets) the hotline-agent account {@code bench} with a BCrypt hash of cost
 * 4 (or {@code --bcrypt-cost}), so that the numbers show the search and not the password check that every
 * Basic call pays (cost 10 for accounts the application creates); the {@code auth-only} row measures that
 * floor with the same account.
 */
public final class SearchBenchmark {

    private static final Pattern BUILDING_UNIT = Pattern.compile("(\\d+号楼\\d+单元)");
    private static final Pattern COMMUNITY_BUILDING = Pattern.compile("^\\p{IsHan}+?区(\\p{IsHan}+\\d+号楼)");

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;
    private final String baseUrl;

    private SearchBenchmark(Map<String, String> options) {
        this.options = options;
        this.baseUrl = option("base-url", "http://127.0.0.1:8089");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (option("user", "bench") + ":" + option("password", "bench-password-2026"))
                        .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String a = arg.replaceFirst("^--", "");
            int eq = a.indexOf('=');
            options.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        new SearchBenchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        int queries = Integer.parseInt(option("queries", "300"));
        int warmup = Integer.parseInt(option("warmup", "100"));
        long seed = Long.parseLong(option("seed", "1"));
        Map<String, List<String>> measured;
        Map<String, List<String>> warm;
        try (Connection db = DriverManager.getConnection(option("jdbc-url",
                "jdbc:postgresql://127.0.0.1:5432/heatdesk_bench"), option("db-user", "postgres"),
                option("db-password", ""))) {
            if (options.containsKey("create-user")) {
                createUser(db, Integer.parseInt(option("bcrypt-cost", "4")));
            }
            measured = sample(db, queries, new Random(seed));
            warm = sample(db, warmup, new Random(seed + 1000));
            System.out.println("customers: " + count(db, "SELECT COUNT(*) FROM customer"));
        }
        System.out.println("warm-up: " + warmup + " queries of each kind");
        runAll(warm, warmup);
        System.out.println("measuring: " + queries + " queries of each kind, one at a time; load average " + load());
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, int[]> hits = new LinkedHashMap<>();
        for (String kind : measured.keySet()) {
            nanos.put(kind, new long[queries]);
            hits.put(kind, new int[1]);
        }
        for (int i = 0; i < queries; i++) {
            for (Map.Entry<String, List<String>> kind : measured.entrySet()) {
                long start = System.nanoTime();
                String body = call(kind.getKey(), kind.getValue().get(i));
                nanos.get(kind.getKey())[i] = System.nanoTime() - start;
                if (!body.equals("[]")) {
                    hits.get(kind.getKey())[0]++;
                }
            }
        }
        System.out.println("done; load average " + load());
        System.out.println("slowest queries:");
        for (String kind : measured.keySet()) {
            long[] t = nanos.get(kind);
            Integer[] order = new Integer[t.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(t[b], t[a]));
            StringBuilder slow = new StringBuilder("  " + kind + ":");
            for (int i = 0; i < Math.min(3, order.length); i++) {
                slow.append(String.format(" %s (%.1f ms)", measured.get(kind).get(order[i]), ms(t[order[i]])));
            }
            System.out.println(slow);
        }
        System.out.println();
        System.out.println("| query | n | p50 ms | p95 ms | p99 ms | max ms | found |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String kind : measured.keySet()) {
            long[] t = nanos.get(kind).clone();
            Arrays.sort(t);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d%% |%n", kind, t.length, ms(pct(t, 50)),
                    ms(pct(t, 95)), ms(pct(t, 99)), ms(t[t.length - 1]),
                    Math.round(100.0 * hits.get(kind)[0] / t.length));
        }
    }

    private void runAll(Map<String, List<String>> queries, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                call(kind.getKey(), kind.getValue().get(i));
            }
        }
    }

    /** One request; any answer but 200 stops the run, so that errors are never timed as results. */
    private String call(String kind, String query) throws Exception {
        String path = kind.equals("auth-only") ? "/api/v1/organisation/branches"
                : "/api/v1/customers/search?limit=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Queries of each kind taken from random households: what a hotline agent would type. */
    private static Map<String, List<String>> sample(Connection db, int n, Random random) throws SQLException {
        long max = count(db, "SELECT MAX(id) FROM customer");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (String kind : List.of("auth-only", "account (exact)", "phone last four", "owner name", "address fragment")) {
            queries.put(kind, new ArrayList<>());
        }
        try (PreparedStatement row = db.prepareStatement("""
                SELECT account_number, phone_last4, owner_name, address FROM customer
                WHERE id >= ? AND kind = 'RESIDENTIAL' AND phone_last4 IS NOT NULL ORDER BY id FETCH FIRST 1 ROWS ONLY""")) {
            while (queries.get("auth-only").size() < n) {
                row.setLong(1, 1 + (long) (random.nextDouble() * max));
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    queries.get("auth-only").add("");
                    queries.get("account (exact)").add(rs.getString(1));
                    queries.get("phone last four").add(rs.getString(2));
                    queries.get("owner name").add(rs.getString(3));
                    // Half "12号楼2单元" (many matches), half "华润中央公园12号楼" (one building).
                    Matcher m = (random.nextBoolean() ? BUILDING_UNIT : COMMUNITY_BUILDING).matcher(rs.getString(4));
                    queries.get("address fragment").add(m.find() ? m.group(1) : rs.getString(4));
                }
            }
        }
        return queries;
    }

    private static void createUser(Connection db, int cost) throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(cost).encode("bench-password-2026");
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM staff_account WHERE username = 'bench'");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO staff_account (username, password_hash, display_name, role, enabled, created_at)
                        VALUES ('bench', ?, '基准测试 (热线坐席)', 'HOTLINE_AGENT', TRUE, CURRENT_TIMESTAMP)""")) {
            delete.executeUpdate();
            insert.setString(1, hash);
            insert.executeUpdate();
        }
        System.out.println("created the account bench (HOTLINE_AGENT, BCrypt cost " + cost + ")");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The machine's 1/5/15-minute load average, where Linux tells it: other work skews every number. */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static long pct(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
