package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Args;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2: {@code update --contexts=pre-deploy} then {@code update --contexts=post-deploy} with the extension,
 * against one plain {@code update} without it, on SQLite and PostgreSQL, fresh database each run.
 *
 * <p>All variants ({@link Variant}) run in one JVM, each with a Liquibase of its own ({@link IsolatedLiquibase}), in
 * an order reversed every round, after warm-up rounds. Every run is timed in wall time and in CPU time
 * ({@link RunCost}).
 */
public final class EndToEndBench {

    private EndToEndBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        int size = args.getInt("changesets", smoke ? 60 : 1000);
        int rounds = args.getInt("rounds", smoke ? 1 : 5);
        int warmups = args.getInt("warmups", smoke ? 1 : 8);
        List<String> dbs = args.list("dbs", "sqlite,postgresql");
        // All four for the tables; fewer (e.g. --variants=extension) to profile one of them.
        List<Variant> variants = Variant.named(args.list("variants", "plain,extension,by-hand,plain-x2"));
        Path dir = Path.of(args.get("dir", "target/bench-e2e")).toAbsolutePath();
        Variant.Sources sources = Variant.Sources.generate(dir, size);
        System.out.printf("e2e: %d changesets, %s, %d warm-up + %d round(s)%n", size, dbs, warmups, rounds);

        List<Results> results = new ArrayList<>();
        try (IsolatedLiquibase.Installer installer = new IsolatedLiquibase.Installer()) {
            Map<Variant, IsolatedLiquibase> installs = new EnumMap<>(Variant.class);
            try {
                for (Variant variant : variants) {
                    installs.put(variant, installer.install(variant.label(), variant.withExtension()));
                }
                for (String db : dbs) {
                    Results measured = new Results(db);
                    for (int round = 1 - warmups; round <= rounds; round++) {
                        Map<Variant, RunCost> costs = round(db, dir, round, variants, installs, sources, size);
                        if (round > 0) {
                            measured.add(costs);
                        }
                    }
                    results.add(measured);
                }
            } finally {
                for (IsolatedLiquibase install : installs.values()) {
                    install.close();
                }
            }
        }
        if (variants.size() == Variant.values().length) {
            print(results);
        }
    }

    /** One round: every variant deploys to a fresh database; rounds alternate the order. */
    private static Map<Variant, RunCost> round(
            String db,
            Path dir,
            int round,
            List<Variant> variants,
            Map<Variant, IsolatedLiquibase> installs,
            Variant.Sources sources,
            int size)
            throws Exception {
        List<Variant> order = new ArrayList<>(variants);
        if (Math.floorMod(round, 2) == 1) {
            Collections.reverse(order);
        }
        Map<Variant, RunCost> costs = new EnumMap<>(Variant.class);
        for (Variant variant : order) {
            Target target = Target.fresh(db, dir, variant.label().replace("-", "_") + (round + 100));
            RunCost cost;
            try {
                cost = variant.deploy(installs.get(variant), sources, target.url());
                target.checkApplied(size);
            } finally {
                target.drop();
            }
            costs.put(variant, cost);
            System.out.printf(
                    "  %-10s %-9s %-9s %7.0f ms wall %7.0f ms CPU %7.0f ms process CPU %5.0f ms GC%n",
                    db,
                    round > 0 ? "round " + round : "warm-up",
                    variant.label(),
                    cost.wallMs(),
                    cost.threadCpuMs(),
                    cost.processCpuMs(),
                    cost.gcMs());
        }
        return costs;
    }

    private static void print(List<Results> results) {
        System.out.println();
        System.out.println(Results.wallHeader());
        results.forEach(r -> System.out.println(r.wallRow()));
        System.out.println();
        System.out.println(Results.cpuHeader());
        results.forEach(r -> System.out.println(r.cpuRow()));
    }
}
