package io.github.liquibasesyzygy.bench.parse;

import io.github.liquibasesyzygy.bench.JfrSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedFrame;

/**
 * Where one JMH fork of benchmark 1 spent its time, from the JFR recording of JMH's {@code jfr} profiler
 * ({@code -Dbench.jfr=true}): execution samples in core's parse, in stage assignment, in the plan check, elsewhere.
 * Comparing core's parse across the two variants' forks tells a difference in the extension's own work from a
 * difference between forks.
 */
final class ForkSamples {

    private static final String BENCHMARK = ParseBenchmark.class.getName();
    private static final String ASSIGNER = "liquibase.ext.syzygy.changelog.StageAssigner";
    private static final String PLAN = ParseBenchmark.Extension.class.getName();

    private int coreParse;
    private int assignment;
    private int plan;
    private int other;

    private ForkSamples() {}

    /** The samples of the newest recording under {@code dir}, taken inside the benchmark method. */
    static ForkSamples read(Path dir) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(dir)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(".jfr"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no JFR recording under " + dir));
        }
        ForkSamples samples = new ForkSamples();
        JfrSamples.forEachStack(file, stack -> samples.add(stack.getFrames()));
        return samples;
    }

    private void add(List<RecordedFrame> frames) {
        boolean inBenchmark = false;
        boolean inAssigner = false;
        boolean inPlan = false;
        boolean inCoreParse = false;
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            inBenchmark |= type.equals(BENCHMARK);
            inAssigner |= type.equals(ASSIGNER);
            inPlan |= type.equals(PLAN) && frame.getMethod().getName().equals("plan");
            inCoreParse |= type.startsWith("liquibase.parser.core.")
                    && frame.getMethod().getName().equals("parse");
        }
        if (!inBenchmark) {
            return;
        }
        if (inAssigner) {
            assignment++;
        } else if (inPlan) {
            plan++;
        } else if (inCoreParse) {
            coreParse++;
        } else {
            other++;
        }
    }

    @Override
    public String toString() {
        return String.format(
                "JFR samples: core parse %d, stage assignment %d, plan %d, other %d (extension %.1f%% of core parse)",
                coreParse, assignment, plan, other, 100.0 * (assignment + plan) / Math.max(1, coreParse));
    }
}
