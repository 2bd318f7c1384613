package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Liquibase Maven plugin with the extension as a plugin dependency, in {@code mvn -B} subprocesses (slow, so a
 * focused subset): the staged happy path and a refused run on each database, and {@code updateSQL}.
 */
class MavenPluginIT {

    private final MavenPlugin maven = new MavenPlugin();

    @BeforeAll
    static void installedExtensionIsTheOneJustBuilt() {
        MavenPlugin.checkInstalledExtensionIsFresh();
    }

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void stagedReleaseHistory(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "maven-shop")) {
            Outcome pre = maven.update(db, Samples.SHOP, "pre-deploy");
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            assertThat(pre.output()).contains("BUILD SUCCESS");
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.PRE_DEPLOY);
            assertThat(db.tableExists("customer_notes")).isTrue();
            assertThat(db.columnExists("orders", "quantity")).isTrue();

            Outcome post = maven.update(db, Samples.SHOP, "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.preThenPost());
            assertThat(db.changeLog().get(ShopHistory.ALL.size() - 1).contexts())
                    .isEqualTo("post-deploy");
            assertThat(db.tableExists("customer_notes")).isFalse();
            assertThat(db.columnExists("orders", "quantity")).isFalse();
        }
    }

    @Test
    void ambiguousPlanFailsTheBuildOnPostgres() throws Exception {
        try (TestDatabase db = Databases.postgres("maven-ambiguous-plan")) {
            Outcome outcome = maven.update(db, Samples.scenario("ambiguous-plan"), "pre-deploy");

            assertRefused(
                    outcome, "AMBIGUOUS_PLAN", Samples.scenario("ambiguous-plan") + "::accounts-code-index::shop");
            assertThat(outcome.output()).contains("BUILD FAILURE");
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @Test
    void ambiguousStageFailsTheBuildOnSqlite() throws Exception {
        try (TestDatabase db = Databases.sqlite("maven-ambiguous-stage")) {
            Outcome outcome = maven.update(db, Samples.scenario("ambiguous-stage"), "pre-deploy");

            assertRefused(outcome, "AMBIGUOUS_STAGE", Samples.scenario("ambiguous-stage") + "::replace-wishlist::shop");
            assertThat(outcome.output()).contains("BUILD FAILURE");
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @Test
    void updateSqlRendersOnlyThePreDeployStage() throws Exception {
        try (TestDatabase db = Databases.postgres("maven-update-sql")) {
            Path sql = ItSettings.workDir().resolve("maven-update-sql-" + System.nanoTime() + ".sql");
            Outcome outcome = maven.updateSql(db, Samples.SHOP, "pre-deploy", sql);

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            String script = Files.readString(sql);
            assertThat(script).containsPattern("(?i)CREATE TABLE (\\w+\\.)?order_lines ");
            assertThat(script).containsPattern("(?i)CREATE TABLE (\\w+\\.)?customer_notes ");
            assertThat(script).doesNotContainIgnoringCase("DROP TABLE");
            assertThat(script).doesNotContainIgnoringCase("DROP COLUMN");
            assertThat(script).contains("'pre-deploy'");
            assertThat(db.appliedIds()).as("updateSQL applies nothing").isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @Test
    void updateSqlWithoutStageFailsTheBuild() throws Exception {
        try (TestDatabase db = Databases.sqlite("maven-update-sql-no-stage")) {
            Path sql = ItSettings.workDir().resolve("maven-update-sql-no-stage-" + System.nanoTime() + ".sql");
            Outcome outcome = maven.updateSql(db, Samples.SHOP, null, sql);

            assertRefused(outcome, "NO_STAGE_SELECTED", null);
            assertThat(outcome.output()).contains("BUILD FAILURE");
            assertThat(outcome.output())
                    .as("the hint in the plugin's own syntax")
                    .contains("Run the stage you mean: -Dliquibase.contexts=pre-deploy (or"
                            + " <contexts>pre-deploy</contexts>) before rolling out the new code");
            assertThat(db.appliedIds()).isEmpty();
        }
    }
}
