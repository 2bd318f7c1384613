package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lock safety is PostgreSQL's: SQLite has no {@code lock_timeout} and no lock queue that application queries wait
 * in behind a schema change. With every lock-safety setting given, the same changelog runs on SQLite exactly as
 * without them; a setting that cannot be read is refused before anything is applied, on every database.
 */
class LockSafetySqliteIT {

    private static final Map<String, String> SETTINGS = Map.of(
            "liquibase.syzygy.lockTimeout", "1s",
            "liquibase.syzygy.statementTimeout", "1s",
            "liquibase.syzygy.lockRetryBudget", "2s",
            "liquibase.syzygy.lockTimeoutOverrides", "**::3::it=off");

    @Test
    void theSettingsChangeNothingOnSqlite() throws Exception {
        String changelog = GeneratedChangelogs.write(
                "lock-safety-sqlite.xml",
                LockSafetyPostgresIT.TABLE
                        + LockSafetyPostgresIT.STAGED
                        + LockSafetyPostgresIT.AUTO_COMMIT
                        + LockSafetyPostgresIT.DIRECTIVE);
        try (TestDatabase with = Databases.sqlite("lock-safety-with");
                TestDatabase without = Databases.sqlite("lock-safety-without")) {
            Cli.Invocation run = update(with, changelog);
            SETTINGS.forEach(run::setting);
            Outcome outcome = run.run();
            Outcome plain = update(without, changelog).run();

            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            assertThat(plain.exitCode()).as(plain.output()).isZero();
            assertThat(outcome.output())
                    .doesNotContain("liquibase-syzygy: ")
                    .doesNotContainPattern("\\[[A-Z_]+\\]"); // no finding
            assertThat(with.appliedIds()).containsExactly("1", "2", "3", "4").isEqualTo(without.appliedIds());
            assertThat(with.columnExists("person", "phone")).isTrue();
            assertThat(with.columnExists("person", "nick")).isTrue();
            assertThat(with.columnExists("person", "email")).isTrue();
        }
    }

    @Test
    void anUnreadableSettingIsRefusedBeforeAnythingIsApplied() throws Exception {
        String changelog = GeneratedChangelogs.write("lock-safety-invalid.xml", LockSafetyPostgresIT.TABLE);
        try (TestDatabase db = Databases.sqlite("lock-safety-invalid")) {
            Outcome outcome = update(db, changelog)
                    .setting("liquibase.syzygy.lockTimeout", "soon")
                    .run();

            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output())
                    .contains("[INVALID_SETTING] liquibase.syzygy.lockTimeout=soon is not a duration.");
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    private static Cli.Invocation update(TestDatabase db, String changelog) {
        return Cli.withExtension().command("update").db(db).changelog(changelog).contexts("pre-deploy");
    }
}
