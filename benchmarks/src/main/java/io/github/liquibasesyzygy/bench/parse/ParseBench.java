package io.github.liquibasesyzygy.bench.parse;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Stats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.changelog.ChangeSetStages;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.plan.Action;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.resource.DirectoryResourceAccessor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Benchmark 1: parse + stage assignment + plan check against Liquibase's parse alone, at several sizes.
 *
 * <p>The machine is shared, so absolute times drift: each round runs the three variants in one fork each, one after
 * the other (order alternating between rounds), and the ratio reported is the median of the per-round ratios.
 * Before timing, it checks that the extension really assigned a stage to every changeset and found no error.
 */
public final class ParseBench {

    private static final String[] VARIANTS = {"liquibaseOnly", "withExtension", "extensionOnly"};

    /**
     * The forks' heap flags unless {@code --heap=} (comma-separated) says otherwise: a maximum only, the rest sized
     * by the JVM's ergonomics, as the Liquibase CLI and most applications run. A fixed heap ({@code
     * --heap=-Xms3g,-Xmx3g}) spent minutes of system time per run on page faults here and made the memory-bound
     * parts of the parse erratic.
     */
    static final String DEFAULT_HEAP = "-Xmx3g";

    private ParseBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        List<String> sizes = args.list("sizes", smoke ? "300" : "1000,10000,50000");
        List<String> formats = args.list("formats", "xml,yaml");
        int rounds = args.getInt("rounds", smoke ? 1 : 3);
        String warmupsOption = args.get("warmups", smoke ? "1" : "");
        int iterations = args.getInt("iterations", smoke ? 1 : 5);
        int millis = args.getInt("iteration-ms", smoke ? 200 : 2000);
        Path dir = Path.of(args.get("dir", "target/bench-changelogs")).toAbsolutePath();
        List<String> heap = args.list("heap", DEFAULT_HEAP);
        System.out.printf(
                "parse: sizes %s, formats %s, %d round(s) of 1 fork per variant, %s warmup + %d x %d ms, heap %s%n",
                sizes,
                formats,
                rounds,
                warmupsOption.isEmpty() ? defaultWarmupsOf(sizes) : warmupsOption,
                iterations,
                millis,
                String.join(" ", heap));

        List<String> rows = new ArrayList<>();
        for (String size : sizes) {
            for (String format : formats) {
                int n = Integer.parseInt(size);
                int warmups = warmupsOption.isEmpty() ? defaultWarmups(n) : Integer.parseInt(warmupsOption);
                Path base = dir.resolve(format + "-" + n);
                String root = Changelogs.generate(
                        base,
                        Changelogs.Format.of(format),
                        Changelogs.Flavor.PLAN,
                        n,
                        1000,
                        n - Changelogs.pendingOf(n));
                verify(base, root, n);
                Map<String, List<Double>> wall = new TreeMap<>();
                Map<String, List<Double>> cpu = new TreeMap<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> cpuRatios = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    Map<String, double[]> thisRound = new TreeMap<>();
                    for (int i = 0; i < VARIANTS.length; i++) {
                        String variant = VARIANTS[round % 2 == 0 ? i : VARIANTS.length - 1 - i];
                        double[] ms = measure(variant, size, format, dir, heap, warmups, iterations, millis);
                        thisRound.put(variant, ms);
                        wall.computeIfAbsent(variant, v -> new ArrayList<>()).add(ms[0]);
                        cpu.computeIfAbsent(variant, v -> new ArrayList<>()).add(ms[1]);
                        System.out.printf(
                                "  %6s %-4s round %d %-14s %10.2f ms wall %10.2f ms CPU%n",
                                size, format, round + 1, variant, ms[0], ms[1]);
                    }
                    ratios.add(thisRound.get("withExtension")[0] / thisRound.get("liquibaseOnly")[0]);
                    cpuRatios.add(thisRound.get("withExtension")[1] / thisRound.get("liquibaseOnly")[1]);
                }
                rows.add(String.format(
                        "| %6d | %-4s | %8.1f / %8.1f | %8.1f / %8.1f | %s | %s | %7.1f / %7.1f |",
                        n,
                        format,
                        Stats.median(wall.get("liquibaseOnly")),
                        Stats.median(cpu.get("liquibaseOnly")),
                        Stats.median(wall.get("withExtension")),
                        Stats.median(cpu.get("withExtension")),
                        Stats.medianAndRange(ratios),
                        Stats.medianAndRange(cpuRatios),
                        Stats.median(wall.get("extensionOnly")) * 1000 / n,
                        Stats.median(cpu.get("extensionOnly")) * 1000 / n));
            }
        }
        System.out.println();
        System.out.println(
                "| size | format | Liquibase parse ms wall / CPU | with extension ms wall / CPU"
                        + " | ratio wall (min..max of rounds) | ratio CPU (min..max) | extension-only µs/changeset wall / CPU |");
        System.out.println("|---:|---|---:|---:|---|---|---:|");
        rows.forEach(System.out::println);
    }

    /** One fork of {@code variant}: its wall time and its thread's CPU time, in ms per operation. */
    private static double[] measure(
            String variant,
            String size,
            String format,
            Path dir,
            List<String> heap,
            int warmups,
            int iterations,
            int millis)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ParseBenchmark.class.getName() + "\\." + variant + "$")
                .param("size", size)
                .param("format", format)
                .param("dir", dir.toString())
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.milliseconds(millis))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.milliseconds(millis))
                .jvmArgsAppend(forkArgs(heap))
                .verbosity(VerboseMode.SILENT);
        if (Boolean.getBoolean("bench.gc")) {
            options.addProfiler(org.openjdk.jmh.profile.GCProfiler.class);
        }
        Path jfrDir = dir.resolve("jfr").resolve(variant);
        if (Boolean.getBoolean("bench.jfr")) {
            options.addProfiler(org.openjdk.jmh.profile.JavaFlightRecorderProfiler.class, "dir=" + jfrDir);
        }
        var results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result for " + variant + ", got " + results.size());
        }
        RunResult result = results.iterator().next();
        var secondary = result.getSecondaryResults();
        double cpuMs =
                secondary.get("cpuNanos").getScore() / secondary.get("calls").getScore() / 1e6;
        if (Boolean.getBoolean("bench.gc")) {
            secondary.forEach((k, v) -> {
                if (k.startsWith("gc.")) {
                    System.out.printf("    %s %s %.3f %s%n", variant, k, v.getScore(), v.getScoreUnit());
                }
            });
        }
        if (Boolean.getBoolean("bench.jfr")) {
            System.out.printf("    %s %s%n", variant, ForkSamples.read(jfrDir));
        }
        return new double[] {result.getPrimaryResult().getScore(), cpuMs};
    }

    /** The default warm-up counts of {@code sizes}, as the header prints them, e.g. {@code 3/3/8 (per size)}. */
    private static String defaultWarmupsOf(List<String> sizes) {
        List<String> counts = new ArrayList<>();
        for (String size : sizes) {
            counts.add(String.valueOf(defaultWarmups(Integer.parseInt(size))));
        }
        return String.join("/", counts) + " (per size)";
    }

    /**
     * Warm-up iterations for a changelog of {@code size} changesets. From 50,000 one operation outlasts a 2-s iteration,
     * so 3 iterations warm up with 3 operations only: the two variants' forks then measured partly unwarmed code (CPU
     * ratios from 1.07 to 1.44 between runs at 50,000 yaml; 1.03 to 1.17 with 8).
     */
    static int defaultWarmups(int size) {
        return size >= 50_000 ? 8 : 3;
    }

    private static String[] forkArgs(List<String> heap) {
        List<String> args = new ArrayList<>(heap);
        args.add("-Dliquibase.analytics.enabled=false");
        args.add("-XX:FlightRecorderOptions:stackdepth=512"); // full stacks for -Dbench.jfr=true
        return args.toArray(String[]::new);
    }

    /** Fails loudly unless both paths see every changeset and the extension staged all of them without errors. */
    static void verify(Path base, String root, int size) throws Exception {
        ParseBenchmark.Input input = new ParseBenchmark.Input();
        input.root = root;
        input.accessor = new DirectoryResourceAccessor(base.toFile());
        input.format = root.endsWith(".xml") ? "xml" : "yaml";
        input.size = size;
        input.ran = ParseBenchmark.history(ParseBenchmark.coreParse(input), size);
        StagePlan plan = ParseBenchmark.Extension.parseAndPlan(root, input.accessor, input.ran);
        List<Finding> errors = plan.findings().stream().filter(Finding::isError).toList();
        long ran = plan.entries().stream().filter(e -> e.action() == Action.RAN).count();
        if (plan.entries().size() != size || !errors.isEmpty() || ran != size - Changelogs.pendingOf(size)) {
            throw new IllegalStateException("extension plan of " + base + ": "
                    + plan.entries().size() + " changesets, " + ran + " ran, errors " + errors);
        }
        DatabaseChangeLog staged = liquibase.parser.ChangeLogParserFactory.getInstance()
                .getParser(root, input.accessor)
                .parse(root, new liquibase.changelog.ChangeLogParameters(), input.accessor);
        for (ChangeSet changeSet : staged.getChangeSets()) {
            if (ChangeSetStages.decision(changeSet).flatMap(d -> d.stage()).isEmpty()
                    || !changeSet.getContextFilter().toString().contains("deploy")) {
                throw new IllegalStateException("no stage assigned to " + changeSet);
            }
        }
        int core = ParseBenchmark.coreParse(input).getChangeSets().size();
        if (core != size) {
            throw new IllegalStateException("Liquibase parsed " + core + " changesets of " + base + ", not " + size);
        }
    }
}
