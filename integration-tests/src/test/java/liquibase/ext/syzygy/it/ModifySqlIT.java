package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stage checks judge each changeset against its own stage's contexts, but must never change what the run
 * executes: Liquibase's context filter drops a changeset's {@code modifySql} that does not match the contexts it is
 * given, so the validator may not call it with contexts other than the run's own.
 */
class ModifySqlIT {

    private static final String CHANGELOG = GeneratedChangelogs.write(
            "modify-sql.xml",
            """
              <changeSet id="1" author="it">
                <createTable tableName="modsql_plain">
                  <column name="id" type="int"/>
                </createTable>
                <modifySql context="test">
                  <replace replace="modsql_plain" with="modsql_modified"/>
                </modifySql>
              </changeSet>
            """);

    private final Cli cli = Cli.withExtension();

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void aRunWithoutContextsKeepsModifySqlWithAContext(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "modify-sql-all")) {
            Outcome outcome = cli.command("update")
                    .db(db)
                    .changelog(CHANGELOG)
                    .env("LIQUIBASE_SYZYGY_REQUIRE_STAGE", "false")
                    .run();

            assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
            assertThat(db.tableExists("modsql_modified")).isTrue();
            assertThat(db.tableExists("modsql_plain")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void aStageRunAppliesModifySqlOnlyWhenItsContextIsSelected(DbKind kind) throws Exception {
        try (TestDatabase with = Databases.create(kind, "modify-sql-test");
                TestDatabase without = Databases.create(kind, "modify-sql-none")) {
            Outcome selected = cli.command("update")
                    .db(with)
                    .changelog(CHANGELOG)
                    .arg("--contexts=pre-deploy,test")
                    .run();
            Outcome unselected = cli.command("update")
                    .db(without)
                    .changelog(CHANGELOG)
                    .arg("--contexts=pre-deploy")
                    .run();

            assertThat(selected.succeeded()).as("%s", selected).isTrue();
            assertThat(with.tableExists("modsql_modified")).isTrue();
            assertThat(unselected.succeeded()).as("%s", unselected).isTrue();
            assertThat(without.tableExists("modsql_plain")).isTrue();
        }
    }
}
