package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Explicit stages: a changeset's own context or an enclosing include's names the stage, case-insensitively, and
 * wins over inference; misspelt stage names are {@code UNKNOWN_STAGE}. CLI on SQLite.
 */
class ContextSpellingIT {

    private final Cli cli = Cli.withExtension();

    @ParameterizedTest(name = "context=\"{0}\"")
    @ValueSource(strings = {"pre_deploy", "predeploy", "post-deployment", "postdeploy"})
    void misspeltStageIsUnknownStage(String context) throws Exception {
        String slug = context.replaceAll("[^a-z]", "");
        String changelog = GeneratedChangelogs.write(
                "unknown-" + slug + ".xml", GeneratedChangelogs.createTable("carts", "carts", context));
        try (TestDatabase db = Databases.sqlite("unknown-" + slug)) {
            for (String stage : new String[] {"pre-deploy", "post-deploy"}) {
                Outcome outcome = cli.update(db, changelog, stage);

                assertRefused(outcome, "UNKNOWN_STAGE", changelog + "::carts::it");
                assertThat(outcome.output()).contains(context);
                assertThat(outcome.exitCode()).isEqualTo(1);
            }
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }

    @Test
    void declaredStageIsCaseInsensitiveAndBeatsInference() throws Exception {
        // createTable alone would be inferred pre-deploy.
        String changelog = GeneratedChangelogs.write(
                "declared-upper-case.xml",
                GeneratedChangelogs.createTable("reports", "reports", "Post-Deploy")
                        + GeneratedChangelogs.createTable("audit", "audit", "nightly and PRE-DEPLOY"));
        try (TestDatabase db = Databases.sqlite("declared-upper-case")) {
            Outcome pre = cli.update(db, changelog, "pre-deploy,nightly");
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            assertThat(db.appliedIds()).containsExactly("audit");
            assertThat(db.tableExists("reports")).isFalse();

            Outcome post = cli.update(db, changelog, "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(db.appliedIds()).containsExactly("audit", "reports");
        }
    }

    @Test
    void includeContextDeclaresTheStageOfItsChangeSets() throws Exception {
        GeneratedChangelogs.write(
                "include-child.xml",
                GeneratedChangelogs.createTable("archive", "archive", null)
                        + """
                          <changeSet id="archive-sql" author="it">
                            <sql>SELECT 1</sql>
                          </changeSet>
                        """);
        String root = GeneratedChangelogs.write(
                "include-root.xml",
                GeneratedChangelogs.createTable("first", "first_table", null)
                        + "  <include file=\"include-child.xml\" relativeToChangelogFile=\"true\""
                        + " context=\"post-deploy\"/>\n");
        try (TestDatabase db = Databases.sqlite("include-context")) {
            Outcome pre = cli.update(db, root, "pre-deploy");
            assertThat(pre.succeeded())
                    .as("raw sql under a post-deploy include is not ambiguous: %s", pre)
                    .isTrue();
            assertThat(db.appliedIds()).containsExactly("first");

            Outcome post = cli.update(db, root, "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(db.appliedIds()).containsExactly("first", "archive", "archive-sql");
            assertThat(db.changeLog().get(1).contexts()).contains("post-deploy");
        }
    }
}
