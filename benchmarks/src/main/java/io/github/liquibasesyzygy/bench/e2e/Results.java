package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Stats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The measured rounds of benchmark 2 on one database, and the figures its tables print. Ratios are taken within a
 * round (the variants of one round ran side by side) and then summarised as median and range over the rounds.
 */
final class Results {

    private final String db;
    private final List<Map<Variant, RunCost>> rounds = new ArrayList<>();

    Results(String db) {
        this.db = db;
    }

    void add(Map<Variant, RunCost> round) {
        rounds.add(new EnumMap<>(round));
    }

    /** The wall-time row: every variant's median time, and how each compares with one plain {@code update}. */
    String wallRow() {
        ToDoubleFunction<RunCost> wall = RunCost::wallMs;
        return String.format(
                "| %-10s | %2d | %6.0f | %6.0f | %s | %6.0f | %s | %s | %6.0f | %s |",
                db,
                rounds.size(),
                median(Variant.PLAIN, wall),
                median(Variant.EXTENSION, wall),
                ratio(Variant.EXTENSION, Variant.PLAIN, wall),
                median(Variant.BY_HAND, wall),
                ratio(Variant.BY_HAND, Variant.PLAIN, wall),
                ratio(Variant.EXTENSION, Variant.BY_HAND, wall),
                median(Variant.PLAIN_X2, wall),
                ratio(Variant.PLAIN_X2, Variant.PLAIN, wall));
    }

    /** The CPU row: the extension against the same two runs staged by hand, where wall time is too noisy. */
    String cpuRow() {
        return String.format(
                "| %-10s | %2d | %6.0f / %6.0f | %s | %6.0f / %6.0f | %s | %4.0f / %4.0f |",
                db,
                rounds.size(),
                median(Variant.EXTENSION, RunCost::threadCpuMs),
                median(Variant.BY_HAND, RunCost::threadCpuMs),
                ratio(Variant.EXTENSION, Variant.BY_HAND, RunCost::threadCpuMs),
                median(Variant.EXTENSION, RunCost::processCpuMs),
                median(Variant.BY_HAND, RunCost::processCpuMs),
                ratio(Variant.EXTENSION, Variant.BY_HAND, RunCost::processCpuMs),
                median(Variant.EXTENSION, RunCost::gcMs),
                median(Variant.BY_HAND, RunCost::gcMs));
    }

    static String wallHeader() {
        return "| database | rounds | plain update ms | extension pre+post ms | extension / plain (min..max)"
                + " | by hand pre+post ms | by hand / plain | extension / by hand | plain update x2 ms"
                + " | plain x2 / plain |\n|---|---:|---:|---:|---|---:|---|---|---:|---|";
    }

    static String cpuHeader() {
        return "| database | rounds | thread CPU ms extension / by hand | thread CPU ratio (min..max)"
                + " | process CPU ms extension / by hand | process CPU ratio | GC ms extension / by hand |"
                + "\n|---|---:|---:|---|---:|---|---:|";
    }

    private double median(Variant variant, ToDoubleFunction<RunCost> metric) {
        List<Double> values = new ArrayList<>();
        for (Map<Variant, RunCost> round : rounds) {
            values.add(metric.applyAsDouble(round.get(variant)));
        }
        return Stats.median(values);
    }

    private String ratio(Variant measured, Variant against, ToDoubleFunction<RunCost> metric) {
        List<Double> ratios = new ArrayList<>();
        for (Map<Variant, RunCost> round : rounds) {
            ratios.add(metric.applyAsDouble(round.get(measured)) / metric.applyAsDouble(round.get(against)));
        }
        return Stats.medianAndRange(ratios);
    }
}
