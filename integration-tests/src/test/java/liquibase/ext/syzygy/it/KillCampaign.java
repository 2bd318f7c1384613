package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Kills {@code liquibase update} processes with {@code kill -9} at random moments while they apply a changelog of
 * {@value #CHANGESETS} one-table changesets, and after each kill compares DATABASECHANGELOG with the schema.
 *
 * <p>The changeset ids are the table names, so "recorded" and "exists" compare directly. A kill leaves
 * Liquibase's table lock set (the crash-safe lock is separate work), so the campaign clears it as
 * {@code release-locks} would. An applied-but-unrecorded table is counted, shown to break the next update, and
 * then dropped so that the campaign can go on; when a run completes, the schema is emptied and the changelog
 * starts over.
 */
final class KillCampaign {

    static final int CHANGESETS = 200;
    static final String CHANGELOG = "kill/changelog.xml";

    private static final String AUTHOR = "kill-it";
    private static final String STARTED = "Running Changeset";

    private final Cli cli;
    private final TestDatabase db;
    private final Path dir;
    private final boolean atomic;
    private final Random random;
    private final Result result = new Result();

    KillCampaign(Cli cli, TestDatabase db, Path dir, boolean atomic, long seed) {
        this.cli = cli;
        this.db = db;
        this.dir = dir;
        this.atomic = atomic;
        this.random = new Random(seed);
    }

    /** Writes the changelog into {@code dir}: {@value #CHANGESETS} changesets, each creating table {@code t_NNN}. */
    static void writeChangelog(Path dir) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n");
        for (int i = 1; i <= CHANGESETS; i++) {
            String table = table(i);
            xml.append("  <changeSet id=\"")
                    .append(table)
                    .append("\" author=\"")
                    .append(AUTHOR)
                    .append("\">\n")
                    .append("    <createTable tableName=\"")
                    .append(table)
                    .append("\">\n")
                    .append("      <column name=\"id\" type=\"int\"/>\n")
                    .append("    </createTable>\n")
                    .append("  </changeSet>\n");
        }
        xml.append("</databaseChangeLog>\n");
        try {
            Files.createDirectories(dir.resolve(CHANGELOG).getParent());
            Files.writeString(dir.resolve(CHANGELOG), xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String table(int i) {
        return String.format("t_%03d", i);
    }

    /**
     * Runs until {@code kills} kills landed while changesets were being applied; with the extension's hold on,
     * then one run to the end. The first kill that leaves a changeset unrecorded is followed by a real re-run, to
     * show that it fails; later ones are only counted.
     */
    Result run(int kills) throws Exception {
        long applyMillis = measureOneFullRun();
        result.applyMillis = applyMillis;
        while (result.midUpdateKills < kills) {
            killOnce(applyMillis);
        }
        if (atomic) {
            clearLock();
            result.finalRun = update().run();
            result.finalState = Consistency.of(db);
        }
        return result;
    }

    private long measureOneFullRun() throws Exception {
        Subprocess.Running run = update().start();
        long started = awaitFirstChangeset(run);
        run.process().waitFor(5, TimeUnit.MINUTES);
        long millis = Math.max(200, System.currentTimeMillis() - started);
        Outcome outcome = run.outcome();
        if (!outcome.succeeded()) {
            throw new IllegalStateException("the first, unkilled run failed: " + outcome);
        }
        reset();
        return millis;
    }

    /** One update killed at a random moment while it applies what is pending (or ending by itself first). */
    private void killOnce(long applyMillis) throws Exception {
        int pending = CHANGESETS - Consistency.of(db).recorded().size();
        int window = (int) Math.max(50, applyMillis * pending * 6 / (CHANGESETS * 10));
        Subprocess.Running run = update().start();
        awaitFirstChangeset(run);
        Thread.sleep(random.nextInt(window));
        if (!run.process().isAlive()) {
            ended(run.outcome());
            return;
        }
        run.process().destroyForcibly();
        run.process().waitFor(1, TimeUnit.MINUTES);
        result.kills++;
        Consistency after = Consistency.of(db);
        if (after.recorded().size() < CHANGESETS) {
            result.midUpdateKills++;
        }
        result.recordedButMissing.addAll(after.recordedButMissing());
        if (!after.unrecorded().isEmpty()) {
            result.killsLeavingUnrecorded++;
            result.unrecorded.addAll(after.unrecorded());
            if (result.killsLeavingUnrecorded == 1) {
                clearLock();
                Outcome rerun = update().run();
                if (!rerun.succeeded()) {
                    result.rerunsFailed.add(firstLine(rerun, "already exists"));
                }
            }
            drop(after.unrecorded());
        }
        clearLock();
    }

    /** The run ended before the kill: it applied everything (then start over) or failed (counted). */
    private void ended(Outcome outcome) throws SQLException {
        if (outcome.succeeded()) {
            result.completedRuns++;
        } else {
            result.rerunsFailed.add(firstLine(outcome, "already exists"));
        }
        clearLock();
        reset();
    }

    private Cli.Invocation update() {
        Cli.Invocation update = cli.command("update");
        commercialJar().ifPresent(update::classpath);
        return update.db(db)
                .changelog(CHANGELOG)
                .contexts("pre-deploy")
                .setting("liquibase.syzygy.atomicHistory", String.valueOf(atomic))
                .global("--log-level=info")
                .jvm("-XX:TieredStopAtLevel=1")
                .jvm("-XX:+UseSerialGC")
                .defaultSearchPathIn(dir);
    }

    /**
     * liquibase-commercial of the Liquibase version under test, when the local repository has it (4.33: the 4.33
     * Maven plugin depends on it and the 4.33 CLI distribution bundles it), so that the kills run with its
     * services (its JDBC executor and connection among them) loaded, as users of those run.
     */
    static java.util.Optional<Path> commercialJar() {
        String version = ItSettings.liquibaseVersion();
        Path jar = ItSettings.path("localRepository")
                .resolve("org/liquibase/liquibase-commercial/" + version + "/liquibase-commercial-" + version + ".jar");
        return Files.isRegularFile(jar) ? java.util.Optional.of(jar) : java.util.Optional.empty();
    }

    /**
     * Waits until the process logs its first "Running Changeset" (or ends); returns that moment. Liquibase's log
     * (standard error, at level INFO) is written as it goes; its standard output only when it exits.
     */
    private static long awaitFirstChangeset(Subprocess.Running run) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(3);
        while (run.process().isAlive() && !run.stderr().contains(STARTED)) {
            if (System.currentTimeMillis() > deadline) {
                run.process().destroyForcibly();
                throw new IllegalStateException("no changeset started within 3 minutes: " + run.commandLine());
            }
            Thread.sleep(10);
        }
        return System.currentTimeMillis();
    }

    private static String firstLine(Outcome outcome, String needle) {
        return outcome.output()
                .lines()
                .filter(line -> line.contains(needle))
                .findFirst()
                .orElse("exit code " + outcome.exitCode());
    }

    /** Clears Liquibase's table lock that a killed run leaves set, as {@code release-locks} does. */
    private void clearLock() throws SQLException {
        if (!db.tableExists("databasechangeloglock")) {
            return;
        }
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE databasechangeloglock SET locked = " + (db.kind() == DbKind.SQLITE ? "0" : "false")
                    + ", lockgranted = NULL, lockedby = NULL");
        }
    }

    /** Drops every changelog table and empties DATABASECHANGELOG, so that the changelog can run again. */
    private void reset() throws SQLException {
        drop(new TreeSet<>(db.userTables()));
        if (db.tableExists("databasechangelog")) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM databasechangelog");
            }
        }
    }

    private void drop(Set<String> tables) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    /** What a campaign saw. Fields are filled in by the campaign's single thread. */
    static final class Result {
        long applyMillis;
        int kills;
        int midUpdateKills;
        int completedRuns;
        int killsLeavingUnrecorded;
        final List<String> unrecorded = new ArrayList<>();
        final Set<String> recordedButMissing = new TreeSet<>();
        final List<String> rerunsFailed = new ArrayList<>();
        /** The run to the end after the kills; null when the hold was off. */
        Outcome finalRun;

        Consistency finalState;
    }

    /**
     * DATABASECHANGELOG against the schema after a run.
     *
     * @param recorded the recorded changeset ids (= table names)
     * @param tables the tables that exist
     */
    record Consistency(Set<String> recorded, Set<String> tables) {

        static Consistency of(TestDatabase db) {
            Set<String> recorded = new TreeSet<>(db.appliedIds());
            return new Consistency(recorded, new TreeSet<>(db.userTables()));
        }

        /** Tables that exist without their changeset being recorded: the next update fails on them. */
        Set<String> unrecorded() {
            Set<String> unrecorded = new TreeSet<>(tables);
            unrecorded.removeAll(recorded);
            return unrecorded;
        }

        /** Changesets recorded whose table does not exist. */
        Set<String> recordedButMissing() {
            Set<String> missing = new TreeSet<>(recorded);
            missing.removeAll(tables);
            return missing;
        }
    }
}
