package cn.heatdesk.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The short reuse of policy reads (deadline terms, season overrides), with a hand-moved clock. */
class RecentPolicyReadsTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicLong generation = new AtomicLong();
    final AtomicInteger loads = new AtomicInteger();

    String load() {
        return "load " + loads.incrementAndGet();
    }

    @Test
    void reusesAReadUntilItIsAsOldAsAllowed() {
        RecentPolicyReads<String> reads = new RecentPolicyReads<>(Duration.ofSeconds(10), generation, nanos::get);

        assertThat(reads.get(this::load)).isEqualTo("load 1");
        nanos.addAndGet(Duration.ofMillis(9_999).toNanos());
        assertThat(reads.get(this::load)).isEqualTo("load 1");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(reads.get(this::load)).isEqualTo("load 2");
        assertThat(reads.get(this::load)).isEqualTo("load 2");
    }

    @Test
    void readsAgainAtOnceAfterAWriteOnThisNode() {
        RecentPolicyReads<String> reads = new RecentPolicyReads<>(Duration.ofSeconds(10), generation, nanos::get);
        reads.get(this::load);

        generation.incrementAndGet();

        assertThat(reads.get(this::load)).isEqualTo("load 2");
    }

    @Test
    void aWriteDuringTheLoadMakesWhatWasLoadedStale() {
        RecentPolicyReads<String> reads = new RecentPolicyReads<>(Duration.ofSeconds(10), generation, nanos::get);

        String during = reads.get(() -> {
            String value = load();
            generation.incrementAndGet(); // a policy change commits while the old rows are being read
            return value;
        });

        assertThat(during).isEqualTo("load 1");
        assertThat(reads.get(this::load)).isEqualTo("load 2");
    }

    @Test
    void zeroTurnsReuseOff() {
        RecentPolicyReads<String> reads = new RecentPolicyReads<>(Duration.ZERO, generation, nanos::get);

        reads.get(this::load);

        assertThat(reads.get(this::load)).isEqualTo("load 2");
    }
}
