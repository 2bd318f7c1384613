package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CI recipe end to end: the target branch's changelog is applied with both stages, then {@code stage-plan} of the
 * feature branch's changelog (same files, one release more) passes when the branch ships in one pre-deploy, deploy,
 * post-deploy cycle and exits with 2 otherwise, annotating the offending line in SARIF, GitHub and JUnit output.
 */
class CiGateIT {

    private final Cli cli = Cli.withExtension();

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    /**
     * Release 2 of the feature branch: drops a column (post-deploy), then indexes the same column (pre-deploy).
     * Dependencies are per column: an index on another column of the table would ship.
     */
    static final String UNSHIPPABLE =
            """
              <changeSet id="r2-drop-legacy" author="dev">
                <dropColumn tableName="accounts" columnName="legacy_flag"/>
              </changeSet>
              <changeSet id="r2-code-index" author="dev">
                <createIndex tableName="accounts" indexName="accounts_code_idx">
                  <column name="code"/>
                  <column name="legacy_flag"/>
                </createIndex>
              </changeSet>""";

    /** The same release in a shippable order: the index first. */
    static final String SHIPPABLE =
            """
              <changeSet id="r2-code-index" author="dev">
                <createIndex tableName="accounts" indexName="accounts_code_idx">
                  <column name="code"/>
                </createIndex>
              </changeSet>
              <changeSet id="r2-drop-legacy" author="dev">
                <dropColumn tableName="accounts" columnName="legacy_flag"/>
              </changeSet>""";

    /** A repository whose {@code changelog.xml} includes release 1 (the target branch). */
    record Repo(String dir) {

        static Repo targetBranch() {
            Repo repo = new Repo("gate-" + UUID.randomUUID().toString().substring(0, 8));
            GeneratedChangelogs.write(
                    repo.dir + "/release-1.xml",
                    """
                      <changeSet id="r1-accounts" author="dev">
                        <createTable tableName="accounts">
                          <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                          <column name="code" type="varchar(20)"/>
                          <column name="legacy_flag" type="varchar(1)"/>
                        </createTable>
                      </changeSet>""");
            repo.root(List.of("release-1.xml"));
            return repo;
        }

        /** Checks out the feature branch: release 2 is added and included. */
        Repo featureBranch(String release2) {
            GeneratedChangelogs.write(dir + "/release-2.xml", release2);
            root(List.of("release-1.xml", "release-2.xml"));
            return this;
        }

        private void root(List<String> releases) {
            StringBuilder includes = new StringBuilder();
            releases.forEach(r ->
                    includes.append("  <include file=\"").append(r).append("\" relativeToChangelogFile=\"true\"/>\n"));
            GeneratedChangelogs.write(dir + "/changelog.xml", includes.toString());
        }

        String changelog() {
            return "syzygy-samples/generated/" + dir + "/changelog.xml";
        }

        String release2() {
            return "syzygy-samples/generated/" + dir + "/release-2.xml";
        }

        /** The 1-based line of the changeset {@code id} in release 2. */
        int lineInRelease2(String id) throws Exception {
            List<String> lines = Files.readAllLines(Samples.root().resolve(release2()));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("<changeSet id=\"" + id + "\"")) {
                    return i + 1;
                }
            }
            throw new AssertionError(id + " not in " + release2());
        }
    }

    /** The BLOCKING_CHANGE warnings of the plan, each about r2-code-index. */
    private static List<Map<String, Object>> blockingWarnings(PlanJson sarif) {
        List<Map<String, Object>> warnings = SarifResults.all(sarif).stream()
                .filter(r -> "BLOCKING_CHANGE".equals(r.get("ruleId")))
                .toList();
        warnings.forEach(w -> {
            assertThat(w.get("level")).isEqualTo("warning");
            assertThat(SarifResults.properties(w).get("changeSet").toString()).endsWith("::r2-code-index::dev");
        });
        return warnings;
    }

    private Path outputFile(String name) throws Exception {
        Path dir = ItSettings.workDir().resolve("ci-gate");
        Files.createDirectories(dir);
        return dir.resolve(name + "-" + System.nanoTime());
    }

    private Outcome gate(TestDatabase db, Repo repo, String format, Path outputFile) {
        Cli.Invocation run =
                cli.command("stage-plan").db(db).changelog(repo.changelog()).arg("--format=" + format);
        if (outputFile != null) {
            run.global("--output-file=" + outputFile);
        }
        return run.run();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aBranchThatCannotShipInOneCycleFailsTheGateOnItsLine(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "ci-gate-fail")) {
            Repo repo = Repo.targetBranch();
            Outcome target = cli.update(db, repo.changelog(), "pre-deploy,post-deploy");
            assertThat(target.exitCode()).as("%s", target).isZero();

            repo.featureBranch(UNSHIPPABLE);
            int line = repo.lineInRelease2("r2-code-index");

            Path sarifFile = outputFile("gate.sarif");
            Outcome sarif = gate(db, repo, "sarif", sarifFile);
            assertThat(sarif.exitCode()).as("%s", sarif).isEqualTo(2);
            PlanJson doc = PlanJson.read(sarifFile);
            assertThat(doc.get("version")).isEqualTo("2.1.0");
            List<Map<String, Object>> errors = SarifResults.all(doc).stream()
                    .filter(r -> "error".equals(r.get("level")))
                    .toList();
            assertThat(errors).hasSize(1);
            Map<String, Object> result = errors.get(0);
            assertThat(blockingWarnings(doc))
                    .as("on PostgreSQL the plain createIndex on the existing table is also a warning")
                    .hasSize(kind == DbKind.POSTGRESQL ? 1 : 0);
            assertThat(result.get("ruleId")).isEqualTo("AMBIGUOUS_PLAN");
            assertThat(result.get("level")).isEqualTo("error");
            assertThat(SarifResults.uri(result)).isEqualTo(repo.release2());
            assertThat(SarifResults.startLine(result)).isEqualTo(line);
            assertThat(SarifResults.properties(result)).containsEntry("stage", "pre-deploy");

            Outcome github = gate(db, repo, "github", null);
            assertThat(github.exitCode()).as("%s", github).isEqualTo(2);
            assertThat(github.output())
                    .contains("::error file=" + repo.release2() + ",line=" + line + ",title=AMBIGUOUS_PLAN::"
                            + repo.release2() + "::r2-code-index::dev (stage: pre-deploy): ");

            Path junitFile = outputFile("gate.junit.xml");
            Outcome junit = gate(db, repo, "junit", junitFile);
            assertThat(junit.exitCode()).as("%s", junit).isEqualTo(2);
            assertThat(Files.readString(junitFile))
                    .contains("tests=\"2\" failures=\"1\"")
                    .contains("name=\"" + repo.release2() + "::r2-code-index::dev\" file=\"" + repo.release2()
                            + "\" line=\"" + line + "\">\n      <failure type=\"AMBIGUOUS_PLAN\"");

            assertThat(db.appliedIds()).as("the gate applies nothing").containsExactly("r1-accounts");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void aShippableBranchPassesTheGate(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "ci-gate-pass")) {
            Repo repo = Repo.targetBranch();
            assertThat(cli.update(db, repo.changelog(), "pre-deploy,post-deploy")
                            .exitCode())
                    .isZero();

            repo.featureBranch(SHIPPABLE);
            Path sarifFile = outputFile("gate-pass.sarif");
            Outcome sarif = gate(db, repo, "sarif", sarifFile);

            assertThat(sarif.exitCode()).as("%s", sarif).isZero();
            PlanJson doc = PlanJson.read(sarifFile);
            assertThat(SarifResults.all(doc))
                    .as("no finding but, on PostgreSQL, the BLOCKING_CHANGE warning of the plain createIndex")
                    .hasSize(kind == DbKind.POSTGRESQL ? 1 : 0)
                    .containsExactlyElementsOf(blockingWarnings(doc));
            Outcome github = gate(db, repo, "github", null);
            assertThat(github.exitCode()).as("%s", github).isZero();
            assertThat(github.output()).doesNotContain("::error").contains("0 error(s)");
        }
    }
}
