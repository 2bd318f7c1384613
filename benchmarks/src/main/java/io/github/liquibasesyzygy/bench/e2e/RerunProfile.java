package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.JfrSamples;
import io.github.liquibasesyzygy.bench.Stats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;

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
        System.out.printf(
                "rerun: %d changesets, %s, %d warm-up + %d sampled runs with nothing to do%n",
                size, dbs, warmups, runs);
        List<String> rows = new ArrayList<>();
        try (IsolatedLiquibase.Installer installer = new IsolatedLiquibase.Installer();
                IsolatedLiquibase plain = installer.install("plain", false)) {
            for (String db : dbs) {
                Target target = Target.fresh(db, dir, "rerun");
                Rerun update = () -> plain.update(sources.dir(), sources.root(), target.url(), null);
                try {
                    update.run(); // applies the changelog: from here on, every update has nothing to do
                    target.checkApplied(size);
                    for (int i = 0; i < warmups; i++) {
                        update.run();
                    }
                    rows.add(profile(db, dir, runs, update));
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
            recording.enable(JfrSamples.EXECUTION_SAMPLE).withPeriod(Duration.ofMillis(1));
            recording.start();
            for (int i = 0; i < runs; i++) {
                millis.add(rerun.run().wallMs());
            }
            recording.stop();
            recording.dump(file);
        }
        RunPhase.Tally tally = new RunPhase.Tally();
        JfrSamples.forEachStack(file, tally::add);
        Files.deleteIfExists(file);
        return tally.row(db, runs, Stats.median(millis));
    }

    /** One more plain {@code update} of the same changelog on the same database. */
    @FunctionalInterface
    private interface Rerun {
        RunCost run() throws Exception;
    }
}
