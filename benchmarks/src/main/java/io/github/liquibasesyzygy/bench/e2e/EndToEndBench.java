package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Pg;
import io.github.liquibasesyzygy.bench.Stats;
import io.github.liquibasesyzygy.bench.parse.Changelogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2: {@code update --contexts=pre-deploy} then {@code update --contexts=post-deploy} with the extension,
 * against one plain {@code update} without it, on SQLite and PostgreSQL, fresh database each run.
 *
 * <p>Both run in one JVM, each in its own class loader ({@link IsolatedLiquibase}), alternating in every round after
 * one warm-up round. Two more variants separate what running two stages costs from what the extension costs:
 * plain Liquibase running the same changelog <em>staged by hand</em> (every changeset's stage written as its context,
 * {@code update --contexts=pre-deploy} then {@code --contexts=post-deploy}: the same two runs doing the same work,
 * without the extension), and plain Liquibase running {@code update} twice (the second run has nothing to do).
 */
public final class EndToEndBench {

    private EndToEndBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        int size = args.getInt("changesets", smoke ? 60 : 1000);
        int rounds = args.getInt("rounds", smoke ? 1 : 5);
        List<String> dbs = args.list("dbs", "sqlite,postgresql");
        // All four for the table; fewer (e.g. --variants=extension) to profile one of them.
        List<String> variants = args.list("variants", "plain,extension,by-hand,plain-x2");
        Path dir = Path.of(args.get("dir", "target/bench-e2e")).toAbsolutePath();
        String root = Changelogs.generate(
                dir.resolve("changelog"), Changelogs.Format.XML, Changelogs.Flavor.PORTABLE, size, 250, 0);
        String searchPath = dir.resolve("changelog").toString();
        String staged = Changelogs.generate(
                dir.resolve("changelog-staged"), Changelogs.Format.XML, Changelogs.Flavor.HAND_STAGED, size, 250, 0);
        String stagedPath = dir.resolve("changelog-staged").toString();
        System.out.printf("e2e: %d changesets, %s, 1 warm-up + %d round(s)%n", size, dbs, rounds);

        List<IsolatedLiquibase> installs = IsolatedLiquibase.plainAndExtension();
        IsolatedLiquibase plain = installs.get(0);
        IsolatedLiquibase extension = installs.get(1);
        List<String> rows = new ArrayList<>();
        try {
            for (String db : dbs) {
                Map<String, List<Double>> times = new LinkedHashMap<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> handRatios = new ArrayList<>();
                List<Double> ownRatios = new ArrayList<>();
                for (int round = 0; round <= rounds; round++) {
                    Map<String, Double> thisRound = new LinkedHashMap<>();
                    List<String> order = new ArrayList<>(variants);
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (String variant : order) {
                        Target target = Target.fresh(db, dir, variant.replace("-", "_") + round);
                        double ms;
                        try {
                            ms = switch (variant) {
                                case "plain" -> plain.update(searchPath, root, target.url, null);
                                case "plain-x2" -> plain.update(searchPath, root, target.url, null)
                                        + plain.update(searchPath, root, target.url, null);
                                case "by-hand" -> plain.update(stagedPath, staged, target.url, "pre-deploy")
                                        + plain.update(stagedPath, staged, target.url, "post-deploy");
                                default -> extension.update(searchPath, root, target.url, "pre-deploy")
                                        + extension.update(searchPath, root, target.url, "post-deploy");
                            };
                            target.checkApplied(size);
                        } finally {
                            target.drop();
                        }
                        thisRound.put(variant, ms);
                        System.out.printf(
                                "  %-10s %s %-9s %9.0f ms%n",
                                db, round == 0 ? "warm-up" : "round " + round, variant, ms);
                    }
                    if (round > 0 && variants.size() == 4) {
                        thisRound.forEach((v, ms) ->
                                times.computeIfAbsent(v, k -> new ArrayList<>()).add(ms));
                        ratios.add(thisRound.get("extension") / thisRound.get("plain"));
                        handRatios.add(thisRound.get("by-hand") / thisRound.get("plain"));
                        ownRatios.add(thisRound.get("extension") / thisRound.get("by-hand"));
                    }
                }
                if (variants.size() != 4) {
                    continue;
                }
                double plainMs = Stats.median(times.get("plain"));
                double extMs = Stats.median(times.get("extension"));
                double twiceMs = Stats.median(times.get("plain-x2"));
                double handMs = Stats.median(times.get("by-hand"));
                rows.add(String.format(
                        "| %-10s | %5d | %8.0f | %8.0f | %s | %8.0f | %s | %s | %8.0f |",
                        db,
                        size,
                        plainMs,
                        extMs,
                        Stats.medianAndRange(ratios),
                        handMs,
                        Stats.medianAndRange(handRatios),
                        Stats.medianAndRange(ownRatios),
                        twiceMs));
            }
        } finally {
            plain.close();
            extension.close();
        }
        System.out.println();
        System.out.println("| database | changesets | plain update ms | extension pre+post ms"
                + " | extension / plain (min..max) | by hand pre+post ms | by hand / plain (min..max)"
                + " | extension / by hand (min..max) | plain update x2 ms |");
        System.out.println("|---|---:|---:|---:|---|---:|---|---|---:|");
        rows.forEach(System.out::println);
    }

    /** A fresh, empty database for one run: a new SQLite file, or a new PostgreSQL schema. */
    private record Target(String db, String url, Path file, String schema) {

        static Target fresh(String db, Path dir, String name) throws Exception {
            if ("sqlite".equals(db)) {
                Path file = dir.resolve("db").resolve(name + ".db");
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                // No fsync per commit: on a shared disk it dominated (90 ms per changeset) and hid the rest.
                return new Target(db, "jdbc:sqlite:" + file + "?synchronous=OFF", file, null);
            }
            if (!"postgresql".equals(db)) {
                throw new IllegalArgumentException("unknown database " + db);
            }
            String schema = "syzygy_bench_e2e_" + name.toLowerCase(java.util.Locale.ROOT);
            Pg.recreateSchema(schema);
            return new Target(db, Pg.url(schema), null, schema);
        }

        /** Fails loudly unless exactly {@code size} changesets were recorded as run. */
        void checkApplied(int size) throws Exception {
            try (Connection c = java.sql.DriverManager.getConnection(url, Pg.USER, null);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
                rs.next();
                if (rs.getInt(1) != size) {
                    throw new IllegalStateException(db + ": " + rs.getInt(1) + " changesets ran, not " + size);
                }
            }
        }

        void drop() throws Exception {
            if (file != null) {
                Files.deleteIfExists(file);
            } else {
                Pg.dropSchema(schema);
            }
        }
    }
}
