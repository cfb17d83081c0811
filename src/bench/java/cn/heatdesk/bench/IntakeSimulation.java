package cn.heatdesk.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue 4 “Measured”: 12345 intake (R-SYS-1) over HTTP at a fixed arrival rate, open model (a new delivery every
 * 1/rate seconds whatever the server's answers; no coordinated omission). Every delivery has a new externalId, so
 * every request creates an order with its timeline, deadline and audit record; 201 is the only answer counted OK.
 * <p>
 * A run first ramps from 1 to the rate over {@code bench.warmUpSeconds} (request “warm-up (not measured)”), then
 * holds the rate for {@code bench.seconds} (request “POST city-hotline order”, the one bench/intake.sh reports). The
 * ramp lets this JVM's own JIT compilation settle: it shares the server's two cores, and without the ramp the first
 * seconds of every run measured the load generator's warm-up rather than HeatDesk. The measured phase starts when
 * every ramp delivery has been answered. 30 s since 2026-11-27: after a 10 s ramp the first 20 s of a 500/s row
 * still had p50 up to 200 ms and refusals (docs/benchmarks.md, third session).
 * <p>
 * Settings (system properties): bench.baseUrl, bench.apiKey, bench.rate (orders/s), bench.seconds,
 * bench.warmUpSeconds (30; 0 = none), bench.run (a prefix that keeps externalIds unique across runs; measured
 * deliveries are B{run}-n, ramp deliveries W{run}-n). Run by bench/intake.sh through the Maven profile bench.
 */
public class IntakeSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:18080");
    static final String API_KEY = System.getProperty("bench.apiKey", "bench-city-hotline-key");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "100"));
    static final int SECONDS = Integer.parseInt(System.getProperty("bench.seconds", "30"));
    static final int WARM_UP_SECONDS = Integer.parseInt(System.getProperty("bench.warmUpSeconds", "30"));
    static final String RUN = System.getProperty("bench.run", UUID.randomUUID().toString().substring(0, 8));
    static final String MEASURED = "POST city-hotline order";

    static final AtomicLong SEQUENCE = new AtomicLong();

    static Iterator<Map<String, Object>> deliveries(String prefix) {
        return Stream.generate(() -> Map.<String, Object>of(
                "externalId", prefix + RUN + "-" + SEQUENCE.incrementAndGet(),
                "receivedAt", Instant.now().atOffset(ZoneOffset.ofHours(8)).withNano(0).toString())).iterator();
    }

    static ChainBuilder deliver(String requestName) {
        return io.gatling.javaapi.core.CoreDsl.exec(http(requestName).post("/api/v1/integrations/city-hotline/orders")
                .body(StringBody("""
                        {"externalId": "#{externalId}", "receivedAt": "#{receivedAt}", "kind": "REPAIR",
                         "callerName": "王女士", "callerPhone": "13912345678", "address": "淄博市张店区柳泉路1号",
                         "accountNumber": null, "description": "家中暖气不热，请尽快上门"}
                        """))
                // The status only: parsing every answer cost the load generator CPU on the server's two cores; that the
                // 201 carries {id, number, status} is CityHotlineApiContract's job.
                .check(status().is(201)));
    }

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).contentTypeHeader("application/json")
            .header("X-Api-Key", API_KEY).shareConnections();

    ScenarioBuilder intake = scenario("intake " + (int) RATE + "/s").feed(deliveries("B")).exec(deliver(MEASURED));

    {
        PopulationBuilder measured = intake.injectOpen(constantUsersPerSec(RATE).during(SECONDS));
        if (WARM_UP_SECONDS > 0) {
            ScenarioBuilder ramp = scenario("ramp to " + (int) RATE + "/s").feed(deliveries("W"))
                    .exec(deliver("warm-up (not measured)"));
            setUp(ramp.injectOpen(rampUsersPerSec(1).to(RATE).during(WARM_UP_SECONDS)).andThen(measured))
                    .protocols(protocol);
        } else {
            setUp(measured).protocols(protocol);
        }
    }
}
