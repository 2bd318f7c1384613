package io.github.liquibasesyzygy.bench.parse;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import liquibase.ext.syzygy.plan.StagePlanner;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.parser.core.yaml.YamlChangeLogParser;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the extension adds to reading a changelog: Liquibase's own parser alone, against the same parse through the
 * extension's decorator followed by the plan check the validator runs, and the extension's work alone.
 *
 * <p>Each benchmark has its own state, and {@link ParseBench} runs each in its own fork, so the baseline runs with
 * the extension's parsers unregistered: includes are then parsed by core alone too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    /** The generated changelog: {@code dir} holds {@code changelog.<format>}, written by {@link ParseBench}. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param("1000")
        public int size;

        @Param("xml")
        public String format;

        @Param("")
        public String dir;

        ResourceAccessor accessor;
        String root;
        List<RanChangeSet> ran;

        @Setup(Level.Trial)
        public void open() throws Exception {
            File base = new File(dir, format + "-" + size);
            root = "changelog." + Changelogs.Format.of(format).extension;
            if (!new File(base, root).isFile()) {
                throw new IllegalStateException("not generated: " + new File(base, root));
            }
            accessor = new DirectoryResourceAccessor(base);
            ran = history(coreParse(this), size);
        }
    }

    /** Liquibase's parsers only: the extension's decorating parsers are unregistered for the trial. */
    @State(Scope.Benchmark)
    public static class CoreOnly {
        private final List<ChangeLogParser> removed = new ArrayList<>();

        @Setup(Level.Trial)
        public void unregister() {
            ChangeLogParserFactory factory = ChangeLogParserFactory.getInstance();
            for (ChangeLogParser parser : List.copyOf(factory.getParsers())) {
                if (Extension.isExtension(parser)) {
                    factory.unregister(parser);
                    removed.add(parser);
                }
            }
        }

        @TearDown(Level.Trial)
        public void register() {
            removed.forEach(ChangeLogParserFactory.getInstance()::register);
        }
    }

    /** A changelog parsed by core alone, for measuring the extension's own work on it. */
    @State(Scope.Benchmark)
    public static class Parsed {
        DatabaseChangeLog changeLog;

        @Setup(Level.Trial)
        public void parse(Input input, CoreOnly coreOnly) throws Exception {
            changeLog = coreParse(input);
        }
    }

    /**
     * The benchmark thread's CPU time, next to JMH's wall time: on a machine shared with other builds the thread
     * waits for a core much of the time, and CPU time is far less sensitive to that. Summed over the measured
     * iterations, together with the number of calls, so that {@link ParseBench} divides one by the other.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public long cpuNanos;
        public long calls;
        private long start;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        @Setup(Level.Invocation)
        public void begin() {
            start = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Invocation)
        public void end() {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            calls++;
        }
    }

    @Benchmark
    public DatabaseChangeLog liquibaseOnly(Input input, CoreOnly coreOnly, Cpu cpu) throws Exception {
        return coreParse(input);
    }

    @Benchmark
    public StagePlan withExtension(Input input, Cpu cpu) throws Exception {
        return Extension.parseAndPlan(input.root, input.accessor, input.ran);
    }

    /** Classify every changeset (what the decorator does) and plan (what the validator does) a core-parsed log. */
    @Benchmark
    public StagePlan extensionOnly(Input input, Parsed parsed, Cpu cpu) {
        return Extension.plan(parsed.changeLog, input.ran);
    }

    static DatabaseChangeLog coreParse(Input input) throws Exception {
        ChangeLogParser parser = "xml".equals(input.format) ? new XMLChangeLogSAXParser() : new YamlChangeLogParser();
        return parser.parse(input.root, new ChangeLogParameters(), input.accessor);
    }

    /**
     * DATABASECHANGELOG as the validator would read it: every changeset but the last {@link Changelogs#pendingOf}
     * has run, as in a long-lived changelog with one release pending.
     */
    static List<RanChangeSet> history(DatabaseChangeLog changeLog, int size) {
        List<RanChangeSet> ran = new ArrayList<>();
        Date now = new Date();
        List<ChangeSet> changeSets = changeLog.getChangeSets();
        for (ChangeSet cs : changeSets.subList(0, size - Changelogs.pendingOf(size))) {
            ran.add(new RanChangeSet(
                    cs.getFilePath(),
                    cs.getId(),
                    cs.getAuthor(),
                    null,
                    now,
                    null,
                    ChangeSet.ExecType.EXECUTED,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return ran;
    }

    /** The extension's path, as {@code StageValidatingVisitor} takes it. */
    static final class Extension {
        private Extension() {}

        static boolean isExtension(ChangeLogParser parser) {
            return parser.getClass().getName().startsWith("liquibase.ext.syzygy.");
        }

        static StagePlan parseAndPlan(String root, ResourceAccessor accessor, List<RanChangeSet> ran) throws Exception {
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(root, accessor);
            if (!isExtension(parser)) {
                throw new IllegalStateException("the extension's parser is not registered: got " + parser);
            }
            return plan(parser.parse(root, new ChangeLogParameters(), accessor), ran);
        }

        static StagePlan plan(DatabaseChangeLog changeLog, List<RanChangeSet> ran) {
            RunFilter filter = RunFilter.of("pre-deploy", null, null);
            PlannedChangeSets planned = PlannedChangeSets.from(changeLog, ran, filter);
            return StagePlanner.plan(planned.planned(), RunMode.PRE_DEPLOY);
        }
    }
}
