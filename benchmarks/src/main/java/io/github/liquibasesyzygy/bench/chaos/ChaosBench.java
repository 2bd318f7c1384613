package io.github.liquibasesyzygy.bench.chaos;

import io.github.liquibasesyzygy.bench.Args;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The deployers' chaos harness: trials of {@code --deployers} competing Liquibase processes on a fresh database,
 * the one applying changesets killed with SIGKILL at a random moment, with the extension's lock and, in the same
 * run and alternating trial by trial, plain Liquibase's table lock (the same Liquibase without the extension jar);
 * {@code --plain-every=K} runs the plain variant on every K-th trial only (its stale-lock trials wait out the cap).
 * Prints, per database and lock: kills, changesets applied twice, half-applied changesets, stale locks, failed
 * deployers, and the recovery time from the kill until a survivor takes over (its first changeset, or its exit with
 * nothing left to do).
 *
 * <p>Fails when the extension's variant is not clean; plain Liquibase's figures are only printed.
 */
public final class ChaosBench {

    private static final String EXTENSION_JAR = "liquibase-syzygy-ext";

    private ChaosBench() {}

    public static void run(Args args) throws Exception {
        boolean smoke = args.flag("smoke");
        int trials = args.getInt("trials", smoke ? 2 : 500);
        int deployers = args.getInt("deployers", smoke ? 3 : 5);
        int changesets = args.getInt("changesets", smoke ? 10 : 40);
        long killWindow = args.getInt("kill-window-ms", smoke ? 150 : 600);
        long cap = args.getInt("cap-ms", 5_000);
        int plainEvery = Math.max(1, args.getInt("plain-every", 1));
        List<String> dbs = args.list("dbs", "postgresql,sqlite");
        List<String> variants = args.list("variants", "extension,plain");
        String classPath = System.getProperty("java.class.path");
        Map<String, String> classPaths = new LinkedHashMap<>();
        if (variants.contains("extension")) {
            classPaths.put("extension", classPath);
        }
        if (variants.contains("plain")) {
            classPaths.put("liquibase table lock", withoutExtension(classPath));
        }
        Path dir = Path.of("target", "chaos").toAbsolutePath();
        String changelog = ChaosChangelog.write(dir, changesets);
        Random random = new Random(args.getInt("seed", 20261201));
        Map<String, ChaosTally> tallies = new LinkedHashMap<>();
        System.out.printf(
                "chaos: %d trials x %s x %s, %d deployers, %d changesets, kill within %d ms of the first changeset,"
                        + " cap %d ms, plain Liquibase every %d trial(s)%n",
                trials, dbs, classPaths.keySet(), deployers, changesets, killWindow, cap, plainEvery);
        for (int trial = 1; trial <= trials; trial++) {
            for (String db : dbs) {
                for (Map.Entry<String, String> variant : classPaths.entrySet()) {
                    if (!variant.getKey().equals("extension") && (trial - 1) % plainEvery != 0) {
                        continue;
                    }
                    String key = db + " / " + variant.getKey();
                    String name = db + "_" + (variant.getKey().equals("extension") ? "ext" : "plain");
                    ChaosTarget target = ChaosTarget.fresh(db, dir.resolve("db"), name);
                    Trial result = Trial.run(
                            new Trial.Setup(
                                    target,
                                    variant.getValue(),
                                    dir,
                                    changelog,
                                    changesets,
                                    deployers,
                                    killWindow,
                                    cap,
                                    dir.resolve("logs").resolve(name)),
                            random);
                    tallies.computeIfAbsent(key, k -> new ChaosTally(db, variant.getKey()))
                            .add(result, changesets);
                    target.drop();
                }
            }
            if (trial % 25 == 0 || trial == trials) {
                System.out.printf("after %d trials:%n%s%n%s%n", trial, ChaosTally.header(), rows(tallies));
            }
        }
        boolean clean = tallies.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/ extension"))
                .allMatch(e -> e.getValue().clean());
        if (!clean) {
            throw new IllegalStateException(
                    "the extension's lock was not clean (see the table; deployer logs under " + dir + "/logs)");
        }
    }

    private static String rows(Map<String, ChaosTally> tallies) {
        return tallies.values().stream().map(ChaosTally::row).collect(Collectors.joining("\n"));
    }

    /** {@code classPath} without the extension jar: plain Liquibase, checked to have no extension left. */
    static String withoutExtension(String classPath) {
        String plain = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains(EXTENSION_JAR))
                .collect(Collectors.joining(File.pathSeparator));
        if (plain.contains("liquibase/ext/syzygy") || plain.equals(classPath)) {
            throw new IllegalStateException("the class path should hold exactly one extension jar: " + classPath);
        }
        return plain;
    }
}
