package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rolling a release back in two phases, the reverse of its deploy, on PostgreSQL and SQLite through the CLI, the
 * Java API ({@code CommandScope} and {@code Liquibase.rollback}) and the Maven plugin ({@code liquibase:rollback
 * -Dliquibase.rollbackCount=..}, slow, so once per scenario; the 4.33 plugin brings liquibase-commercial along, and
 * the runs show no service conflict); the old application code works between the phases.
 *
 * <p>Release 1 creates {@code person(id, old)}; release 2 replaces {@code old} by {@code nick}: a staged NOT NULL
 * column with a default (pre-deploy), then the drop of {@code old} and of the staged default (post-deploy).
 */
class RollbackIT {

    static final String CHANGELOG = GeneratedChangelogs.write(
            "rollback-release-2.xml",
            """
              <changeSet id="1" author="it">
                <createTable tableName="person">
                  <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                  <column name="old" type="varchar(20)"/>
                </createTable>
              </changeSet>
              <changeSet id="v1" author="it">
                <tagDatabase tag="v1"/>
              </changeSet>
              <changeSet id="2" author="it">
                <syzygy:addColumnStaged xmlns:syzygy="https://liquibase-syzygy.github.io/xml/ns/syzygy"
                    tableName="person">
                  <column name="nick" type="varchar(20)" defaultValue="anon">
                    <constraints nullable="false"/>
                  </column>
                </syzygy:addColumnStaged>
              </changeSet>
              <changeSet id="3" author="it">
                <dropColumn tableName="person" columnName="old"/>
                <rollback>
                  <addColumn tableName="person"><column name="old" type="varchar(20)"/></addColumn>
                </rollback>
              </changeSet>
              <changeSet id="4" author="it">
                <syzygy:postAddColumn xmlns:syzygy="https://liquibase-syzygy.github.io/xml/ns/syzygy"
                    tableName="person" columnName="nick"/>
              </changeSet>
            """);

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

    /** Release 2 fully deployed: pre-deploy run, then post-deploy run. */
    static TestDatabase deployed(DbKind kind, String name) {
        TestDatabase db = Databases.create(kind, name);
        for (String stage : List.of("pre-deploy", "post-deploy")) {
            Outcome outcome = Rollbacks.update(db, CHANGELOG, stage);
            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
        }
        assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");
        return db;
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyEntryPointMavenOnSqlite")
    void bothPhasesInOrderAndTheOldCodeWorksInBetween(DbKind kind, Rollbacks entrypoint) throws Exception {
        try (TestDatabase db = deployed(kind, "rollback-" + entrypoint.name())) {
            assertThat(oldCodeWorks(db, 1)).isFalse();

            Outcome prePhase = entrypoint.rollbackCount(db, CHANGELOG, "pre-deploy", 2);
            assertThat(prePhase.succeeded()).as("%s", prePhase).isTrue();
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2");
            assertThat(db.columnExists("person", "old")).isTrue();
            assertThat(oldCodeWorks(db, 2))
                    .as("the old code runs against the pre-deploy-phase rollback")
                    .isTrue();

            Outcome postPhase = entrypoint.rollbackCount(db, CHANGELOG, "post-deploy", 1);
            assertThat(postPhase.succeeded()).as("%s", postPhase).isTrue();
            assertThat(db.appliedIds()).containsExactly("1", "v1");
            assertThat(db.columnExists("person", "nick")).isFalse();
            assertThat(oldCodeWorks(db, 3)).isTrue();
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
        try (TestDatabase db = deployed(kind, "rollback-skip-" + entrypoint.name())) {
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
        try (TestDatabase db = deployed(kind, "rollback-no-stage")) {
            Outcome outcome = Rollbacks.CLI.rollbackCount(db, CHANGELOG, null, 1);

            assertRefused(outcome, "NO_STAGE_SELECTED", null);
            assertThat(outcome.output()).contains("'rollback-count'").contains("roll back");
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");
        }
    }

    /**
     * The old application version: it writes and reads {@code person.old} and knows nothing of {@code nick}.
     *
     * @return whether its INSERT and SELECT succeed
     */
    static boolean oldCodeWorks(TestDatabase db, int id) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (id, old) VALUES (" + id + ", 'old-" + id + "')");
            try (ResultSet rs = s.executeQuery("SELECT old FROM person WHERE id = " + id)) {
                return rs.next() && rs.getString(1).equals("old-" + id);
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
