package io.github.liquibasesyzygy.bench.parse;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Stats;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.ext.syzygy.changelog.ChangeSetFactsReader;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.changelog.StageAssigner;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlanner;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.parser.core.yaml.YamlChangeLogParser;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Benchmark 1c: where the extension's time goes, phase by phase, in thread CPU time and allocated bytes per
 * changeset.
 *
 * <p>Not a replacement for the JMH figures of benchmark 1: one JVM, phases timed one after the other on the same
 * changelog, so it answers "which phase" quickly and steadily, not "how much in total". Each repetition parses the
 * changelog with Liquibase's own parser, runs the decorator's assignment on it, then the validator's plan, and
 * finally parses it again through Liquibase's parser factory, where the decorator assigns the stages itself.
 */
public final class Breakdown {

    private Breakdown() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        int size = args.getInt("size", smoke ? 300 : 10000);
        String format = args.get("format", "xml");
        int warmups = args.getInt("warmups", smoke ? 1 : 15);
        int reps = args.getInt("reps", smoke ? 2 : 15);
        Path base = Path.of(args.get("dir", "target/bench-changelogs"))
                .toAbsolutePath()
                .resolve(format + "-" + size);
        String root = Changelogs.generate(
                base,
                Changelogs.Format.of(format),
                Changelogs.Flavor.PLAN,
                size,
                1000,
                size - Changelogs.pendingOf(size));
        ParseBench.verify(base, root, size);
        var accessor = new DirectoryResourceAccessor(base.toFile());
        ParseBenchmark.Input input = new ParseBenchmark.Input();
        input.root = root;
        input.accessor = accessor;
        input.format = format;
        input.size = size;
        List<RanChangeSet> ran = ParseBenchmark.history(ParseBenchmark.coreParse(input), size);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        Map<String, List<Double>> bytes = new LinkedHashMap<>();
        long[] cpu = new long[6];
        long[] allocated = new long[6];
        for (int rep = 0; rep < warmups + reps; rep++) {
            mark(threads, self, cpu, allocated, 0);
            DatabaseChangeLog log = ("xml".equals(format) ? new XMLChangeLogSAXParser() : new YamlChangeLogParser())
                    .parse(root, new ChangeLogParameters(), accessor);
            mark(threads, self, cpu, allocated, 1);
            new StageAssigner(
                            StageClassifier.withPolicy(SyzygyConfiguration.stagePolicy()),
                            new ChangeSetFactsReader(accessor))
                    .assignAll(log.getChangeSets());
            mark(threads, self, cpu, allocated, 2);
            PlannedChangeSets planned = PlannedChangeSets.from(log, ran, RunFilter.of("pre-deploy", null, null));
            mark(threads, self, cpu, allocated, 3);
            StagePlanner.plan(planned.planned(), RunMode.PRE_DEPLOY);
            mark(threads, self, cpu, allocated, 4);
            ChangeLogParserFactory.getInstance()
                    .getParser(root, accessor)
                    .parse(root, new ChangeLogParameters(), accessor);
            mark(threads, self, cpu, allocated, 5);
            if (rep >= warmups) {
                record(micros, cpu, 1000.0 * size);
                record(bytes, allocated, size);
            }
        }
        double parse = Stats.median(micros.get("Liquibase parse"));
        System.out.printf(
                "%nbreakdown: %d changesets, %s, median of %d reps after %d warm-ups%n", size, format, reps, warmups);
        double parseBytes = Stats.median(bytes.get("Liquibase parse"));
        System.out.println(
                "| phase | µs per changeset (CPU) | share of Liquibase's parse | bytes allocated per changeset | share |");
        System.out.println("|---|---:|---:|---:|---:|");
        micros.forEach((phase, values) -> System.out.printf(
                "| %s | %.2f | %.1f%% | %.0f | %.1f%% |%n",
                phase,
                Stats.median(values),
                100 * Stats.median(values) / parse,
                Stats.median(bytes.get(phase)),
                100 * Stats.median(bytes.get(phase)) / parseBytes));
    }

    private static final String[] PHASES = {
        "Liquibase parse",
        "stage assignment (decorator)",
        "PlannedChangeSets.from (validator)",
        "StagePlanner.plan (validator)",
        "extension total",
        "parse through the factory (decorator included)"
    };

    private static void mark(
            com.sun.management.ThreadMXBean threads, long self, long[] cpu, long[] allocated, int point) {
        cpu[point] = threads.getCurrentThreadCpuTime();
        allocated[point] = threads.getThreadAllocatedBytes(self);
    }

    /** Adds one repetition's per-changeset value of each phase, from the points marked: {@code (b - a) / divisor}. */
    private static void record(Map<String, List<Double>> values, long[] points, double divisor) {
        long[] spans = {
            points[1] - points[0],
            points[2] - points[1],
            points[3] - points[2],
            points[4] - points[3],
            points[4] - points[1],
            points[5] - points[4]
        };
        for (int i = 0; i < PHASES.length; i++) {
            values.computeIfAbsent(PHASES[i], p -> new ArrayList<>()).add(spans[i] / divisor);
        }
    }
}
