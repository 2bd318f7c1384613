package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code kill -9} of a deployer mid-update never leaves a changeset applied but unrecorded (the next update would
 * fail on "already exists"): the extension commits each transactional changeset together with its
 * DATABASECHANGELOG row. The same kills with {@code liquibase.syzygy.atomicHistory=false} (Liquibase's own two
 * commits) run beside it on a second database, and both counts are printed; only the extension's is asserted,
 * since how often a kill lands between Liquibase's two commits depends on the machine.
 *
 * <p>On Liquibase 4.33 the CLI runs with liquibase-commercial on its classpath, as the 4.33 CLI distribution and
 * Maven plugin do. {@code -Dsyzygy.it.kills=N} sets the kills per database and mode (default 10).
 */
class AtomicHistoryKillIT {

    private static final int KILLS = Integer.getInteger("syzygy.it.kills", 10);

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void aKilledDeployerLeavesEveryChangesetAppliedAndRecordedOrNotAtAll(DbKind kind) throws Exception {
        Path dir = ItSettings.workDir().resolve("kill-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        Files.createDirectories(dir);
        KillCampaign.writeChangelog(dir);
        long seed = System.nanoTime();
        try (TestDatabase oursDb = Databases.create(kind, "atomic-kill-ours");
                TestDatabase plainDb = Databases.create(kind, "atomic-kill-plain")) {
            CompletableFuture<KillCampaign.Result> plainRun = CompletableFuture.supplyAsync(
                    () -> run(new KillCampaign(Cli.withExtension(), plainDb, dir, false, seed + 1)));
            KillCampaign.Result ours = run(new KillCampaign(Cli.withExtension(), oursDb, dir, true, seed));
            KillCampaign.Result plain = plainRun.join();

            report(kind, seed, ours, plain);
            assertThat(ours.midUpdateKills).isGreaterThanOrEqualTo(KILLS);
            assertThat(ours.unrecorded)
                    .as("tables whose changeset is not recorded")
                    .isEmpty();
            assertThat(ours.recordedButMissing)
                    .as("recorded changesets whose table is missing")
                    .isEmpty();
            assertThat(ours.rerunsFailed).as("updates after a kill that failed").isEmpty();
            assertThat(ours.finalRun.succeeded()).as("%s", ours.finalRun).isTrue();
            assertThat(ours.finalState.recorded()).hasSize(KillCampaign.CHANGESETS);
            assertThat(ours.finalState.unrecorded()).isEmpty();
            assertThat(ours.finalState.recordedButMissing()).isEmpty();
        }
    }

    private static KillCampaign.Result run(KillCampaign campaign) {
        try {
            return campaign.run(KILLS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(DbKind kind, long seed, KillCampaign.Result ours, KillCampaign.Result plain) {
        String row = "%-32s %6s %11s %10s %23s %21s %15s%n";
        StringBuilder text = new StringBuilder(String.format(
                "kill -9 during update of %d one-table changesets on %s (Liquibase %s%s, seed %d)%n",
                KillCampaign.CHANGESETS,
                kind,
                ItSettings.liquibaseVersion(),
                KillCampaign.commercialJar().isPresent() ? " with liquibase-commercial" : "",
                seed));
        text.append(String.format(
                row,
                "",
                "kills",
                "mid-update",
                "completed",
                "kills leaving unrecorded",
                "unrecorded changesets",
                "failed re-runs"));
        text.append(line(row, "liquibase-syzygy", ours));
        text.append(line(row, "atomicHistory=false (Liquibase)", plain));
        if (!plain.rerunsFailed.isEmpty()) {
            text.append("  atomicHistory=false, the next update: ")
                    .append(plain.rerunsFailed.get(0))
                    .append('\n');
        }
        System.out.print(text);
        System.err.print(text);
        try {
            Files.writeString(ItSettings.workDir().resolve("atomic-history-kills-" + kind + ".txt"), text.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String line(String row, String mode, KillCampaign.Result r) {
        return String.format(
                row,
                mode,
                r.kills,
                r.midUpdateKills,
                r.completedRuns,
                r.killsLeavingUnrecorded,
                r.unrecorded.size(),
                r.rerunsFailed.size());
    }
}
