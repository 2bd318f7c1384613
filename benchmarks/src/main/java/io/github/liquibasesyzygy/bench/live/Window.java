package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.Stats;
import io.github.liquibasesyzygy.bench.live.Workload.Sample;
import java.util.List;
import java.util.function.Predicate;

/**
 * The workload's statements of one stretch of time ({@code seconds} long): their latencies, how many failed and the
 * first error, and the figures the reports print (count, rate, slowest, median, 99th percentile, how many were
 * slower than a bound and how long they took).
 */
record Window(List<Double> millis, double seconds, int failed, String firstError) {

    Window {
        millis = List.copyOf(millis);
    }

    /** Statements that both started and ended in [from, to), of the kind {@code which} selects. */
    static Window within(List<Sample> samples, long fromNanos, long toNanos, Predicate<Sample> which) {
        return of(
                samples.stream()
                        .filter(which)
                        .filter(s -> s.startNanos() >= fromNanos && s.endNanos() < toNanos)
                        .toList(),
                fromNanos,
                toNanos);
    }

    /** Statements that ran at any moment of [from, to], of the kind {@code which} selects. */
    static Window overlapping(List<Sample> samples, long fromNanos, long toNanos, Predicate<Sample> which) {
        return of(
                samples.stream()
                        .filter(which)
                        .filter(s -> s.endNanos() >= fromNanos && s.startNanos() <= toNanos)
                        .toList(),
                fromNanos,
                toNanos);
    }

    private static Window of(List<Sample> samples, long fromNanos, long toNanos) {
        List<Sample> failed = samples.stream().filter(Sample::failed).toList();
        return new Window(
                samples.stream().map(Sample::millis).toList(),
                (toNanos - fromNanos) / 1e9,
                failed.size(),
                failed.isEmpty() ? "" : failed.get(0).error());
    }

    int statements() {
        return millis.size();
    }

    double longestMs() {
        return Stats.max(millis);
    }

    double p50Ms() {
        return Stats.median(millis);
    }

    double p99Ms() {
        return Stats.percentile(millis, 99);
    }

    /** Statements per second. */
    double rate() {
        return millis.size() / seconds;
    }

    /**
     * How long, in seconds, the statements that took longer than {@code boundMs} took in all: the time the
     * workload's connections spent stalled. A closed-loop workload issues few statements while it is stalled, so a
     * percentile over statements hides a stall that this shows.
     */
    double secondsOver(double boundMs) {
        return millis.stream().filter(m -> m > boundMs).mapToDouble(m -> m).sum() / 1000;
    }

    /** How many statements took longer than {@code boundMs}. */
    long over(double boundMs) {
        return millis.stream().filter(m -> m > boundMs).count();
    }
}
