package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Stats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Benchmark 2b: what a plain Liquibase {@code update} costs when it has nothing to apply, and where that time goes.
 * A two-stage deploy runs Liquibase twice however it is staged, so this is the floor under its cost against one
 * {@code update}. Applies the changelog once, warms up with runs that find nothing to do, then samples more such
 * runs with JFR (1 ms) and attributes each sample to its outermost Liquibase phase ({@link RunPhase}).
 */
public final class RerunProfile {

    private RerunProfile() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        int size = args.getInt("changesets", smoke ? 60 : 1000);
        int warmups = args.getInt("rerun-warmups", smoke ? 2 : 15);
        int runs = args.getInt("runs", smoke ? 3 : 20);
        List<String> dbs = args.list("dbs", "sqlite,postgresql");
        Path dir = Path.of(args.get("dir", "target/bench-rerun")).toAbsolutePath();
        Variant.Sources sources = Variant.Sources.generate(dir, size);
        String searchPath = sources.dir();
        String root = sources.root();
        System.out.printf(
                "rerun: %d changesets, %s, %d warm-up + %d sampled runs with nothing to do%n",
                size, dbs, warmups, runs);
        List<String> rows = new ArrayList<>();
        try (IsolatedLiquibase.Installer installer = new IsolatedLiquibase.Installer();
                IsolatedLiquibase plain = installer.install("plain", false)) {
            for (String db : dbs) {
                Target target = Target.fresh(db, dir, "rerun");
                try {
                    plain.update(searchPath, root, target.url(), null);
                    target.checkApplied(size);
                    for (int i = 0; i < warmups; i++) {
                        plain.update(searchPath, root, target.url(), null);
                    }
                    rows.add(profile(db, dir, runs, () -> plain.update(searchPath, root, target.url(), null)));
                } finally {
                    target.drop();
                }
            }
        }
        System.out.println();
        System.out.println(RunPhase.header());
        rows.forEach(System.out::println);
    }

    private static String profile(String db, Path dir, int runs, Rerun rerun) throws Exception {
        Path file = dir.resolve("rerun-" + db + ".jfr");
        List<Double> millis = new ArrayList<>();
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            for (int i = 0; i < runs; i++) {
                millis.add(rerun.run().wallMs());
            }
            recording.stop();
            recording.dump(file);
        }
        RunPhase.Tally tally = new RunPhase.Tally();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if ("jdk.ExecutionSample".equals(event.getEventType().getName())) {
                tally.add(event.getStackTrace());
            }
        }
        Files.deleteIfExists(file);
        return tally.row(db, runs, Stats.median(millis));
    }

    /** One more {@code update} with nothing to apply. */
    @FunctionalInterface
    private interface Rerun {
        RunCost run() throws Exception;
    }
}
