package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rolling {@link RollbackRelease release 2} back in two phases, the reverse of its deploy, on PostgreSQL and SQLite through the CLI, the
 * Java API ({@code CommandScope} and {@code Liquibase.rollback}) and the Maven plugin ({@code liquibase:rollback
 * -Dliquibase.rollbackCount=..}, slow, so once per scenario; the 4.33 plugin brings liquibase-commercial along, and
 * the runs show no service conflict); the old application code works between the phases.
 *
 */
class RollbackIT {

    static final String CHANGELOG = RollbackRelease.CHANGELOG;

    @BeforeAll
    static void installedExtensionIsTheOneJustBuilt() {
        MavenPlugin.checkInstalledExtensionIsFresh();
    }

    /** Every entry point on both databases, except the slow Maven plugin: once, on {@code mavenOn}. */
    static Stream<Arguments> entryPoints(DbKind mavenOn) {
        List<Arguments> runs = new ArrayList<>();
        for (DbKind db : DbKind.values()) {
            for (Rollbacks entrypoint : Rollbacks.values()) {
                if (entrypoint != Rollbacks.MAVEN_PLUGIN || db == mavenOn) {
                    runs.add(Arguments.of(db, entrypoint));
                }
            }
        }
        return runs.stream();
    }

    static Stream<Arguments> everyEntryPointMavenOnSqlite() {
        return entryPoints(DbKind.SQLITE);
    }

    static Stream<Arguments> everyEntryPointMavenOnPostgres() {
        return entryPoints(DbKind.POSTGRESQL);
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyEntryPointMavenOnSqlite")
    void bothPhasesInOrderAndTheOldCodeWorksInBetween(DbKind kind, Rollbacks entrypoint) throws Exception {
        try (TestDatabase db = RollbackRelease.deployed(kind, "rollback-" + entrypoint.name())) {
            assertThat(RollbackRelease.oldCodeWorks(db, 1)).isFalse();

            Outcome prePhase = entrypoint.rollbackCount(db, CHANGELOG, "pre-deploy", 2);
            assertThat(prePhase.succeeded()).as("%s", prePhase).isTrue();
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2");
            assertThat(db.columnExists("person", "old")).isTrue();
            assertThat(RollbackRelease.oldCodeWorks(db, 2))
                    .as("the old code runs against the pre-deploy-phase rollback")
                    .isTrue();

            Outcome postPhase = entrypoint.rollbackCount(db, CHANGELOG, "post-deploy", 1);
            assertThat(postPhase.succeeded()).as("%s", postPhase).isTrue();
            assertThat(db.appliedIds()).containsExactly("1", "v1");
            assertThat(db.columnExists("person", "nick")).isFalse();
            assertThat(RollbackRelease.oldCodeWorks(db, 3)).isTrue();
            if (entrypoint == Rollbacks.MAVEN_PLUGIN) {
                assertThat(prePhase.output() + postPhase.output())
                        .contains("BUILD SUCCESS")
                        .doesNotContain("CommandOverride")
                        .doesNotContainIgnoringCase("more than one");
            }
        }
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyEntryPointMavenOnPostgres")
    void skippingThePreDeployPhaseIsRefusedAndRollsBackNothing(DbKind kind, Rollbacks entrypoint) throws Exception {
        try (TestDatabase db = RollbackRelease.deployed(kind, "rollback-skip-" + entrypoint.name())) {
            Outcome outcome = entrypoint.rollbackCount(db, CHANGELOG, "post-deploy", 1);

            assertRefused(outcome, "AMBIGUOUS_PLAN", CHANGELOG + "::2::it");
            assertThat(outcome.output()).contains("--contexts=pre-deploy");
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");
            assertThat(db.columnExists("person", "nick")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void withoutAStageTheCliRollsBackNothing(DbKind kind) throws Exception {
        try (TestDatabase db = RollbackRelease.deployed(kind, "rollback-no-stage")) {
            Outcome outcome = Rollbacks.CLI.rollbackCount(db, CHANGELOG, null, 1);

            assertRefused(outcome, "NO_STAGE_SELECTED", null);
            assertThat(outcome.output()).contains("'rollback-count'").contains("roll back");
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");
        }
    }
}
