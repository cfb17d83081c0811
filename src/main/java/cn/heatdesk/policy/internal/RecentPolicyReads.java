package cn.heatdesk.policy.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the last loaded policy rows of one kind for a short time, so that the deadline terms every work order
 * needs are not read from the database on every registration and transition.
 * <p>
 * A value is used again only while it is younger than {@code maxAge} <em>and</em> no policy was written on this
 * node since it was loaded ({@code generation}, bumped by {@link PolicyStore} on every write and again when the
 * writing transaction ends). So this node sees its own changes at once; another node sees them within
 * {@code maxAge}. Policy versions take effect by date, so a version entered today already applies from midnight:
 * a few seconds more on other nodes changes nothing a person could rely on. {@code maxAge} zero turns it off.
 */
final class RecentPolicyReads<T> {

    private record Entry<T>(T value, long loadedAtNanos, long generation) {
    }

    private final long maxAgeNanos;
    private final AtomicLong generation;
    private final LongSupplier nanoTime;
    private volatile Entry<T> entry;

    RecentPolicyReads(Duration maxAge, AtomicLong generation, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.generation = generation;
        this.nanoTime = nanoTime;
    }

    T get(Supplier<T> load) {
        if (maxAgeNanos <= 0) {
            return load.get();
        }
        long now = nanoTime.getAsLong();
        Entry<T> current = entry;
        if (current != null && current.generation() == generation.get() && now - current.loadedAtNanos() < maxAgeNanos) {
            return current.value();
        }
        // Read the generation before loading: a write that commits while we load makes this entry stale at once.
        long seen = generation.get();
        T value = load.get();
        entry = new Entry<>(value, now, seen);
        return value;
    }
}
