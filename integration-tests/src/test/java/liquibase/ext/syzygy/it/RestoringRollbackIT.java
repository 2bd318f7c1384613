package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rolling back {@code preRemoveColumn} + {@code dropColumn} (with a {@code <rollback>} block that re-adds the column
 * through core's {@code addColumn}) restores the column exactly, on SQLite as on PostgreSQL: its NOT NULL and
 * default come back, and the column comes back at the end of the table on both. Without a {@code <rollback>}
 * block the rollback is refused with a coded message. Through the CLI.
 */
class RestoringRollbackIT {

    private static final String CREATE_TABLE =
            """
              <changeSet id="1" author="it" context="pre-deploy">
                <createTable tableName="person">
                  <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                  <column name="legacy" type="varchar(10)" defaultValue="n/a"><constraints nullable="false"/></column>
                  <column name="note" type="varchar(20)"/>
                </createTable>
              </changeSet>
            """;

    /** Release 1 alone, deployed on a second database to read the column's original shape. */
    private static final String RELEASE_1 = GeneratedChangelogs.write("restoring-rollback-release-1.xml", CREATE_TABLE);

    private static final String TABLE = CREATE_TABLE
            + """
              <changeSet id="2" author="it">
                <syzygy:preRemoveColumn xmlns:syzygy="https://liquibase-syzygy.github.io/xml/ns/syzygy"
                    tableName="person" columnName="legacy"/>
              </changeSet>
            """;

    private static final String RESTORING = GeneratedChangelogs.write(
            "restoring-rollback.xml",
            TABLE
                    + """
                      <changeSet id="3" author="it">
                        <dropColumn tableName="person" columnName="legacy"/>
                        <rollback>
                          <addColumn tableName="person">
                            <column name="legacy" type="varchar(10)" defaultValue="n/a">
                              <constraints nullable="false"/>
                            </column>
                          </addColumn>
                        </rollback>
                      </changeSet>
                    """);

    private static final String WITHOUT_ROLLBACK = GeneratedChangelogs.write(
            "drop-without-rollback.xml",
            TABLE
                    + """
                      <changeSet id="3" author="it">
                        <dropColumn tableName="person" columnName="legacy"/>
                      </changeSet>
                    """);

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void rollingBackTheReleaseRestoresTheColumnsShape(DbKind kind) throws Exception {
        try (TestDatabase reference = Databases.create(kind, "restoring-rollback-reference");
                TestDatabase db = Databases.create(kind, "restoring-rollback")) {
            deploy(reference, RELEASE_1, "pre-deploy");
            ColumnShape original = ColumnShape.of(reference, "person", "legacy").orElseThrow();
            deploy(db, RESTORING, "pre-deploy");
            assertThat(ColumnShape.of(db, "person", "legacy").orElseThrow().nullable())
                    .as("preRemoveColumn dropped NOT NULL")
                    .isTrue();
            deploy(db, RESTORING, "post-deploy");
            assertThat(db.columnExists("person", "legacy")).isFalse();

            // The phase named pre-deploy undoes the post-deploy changesets (dropColumn), then the other undoes
            // preRemoveColumn.
            rollback(db, RESTORING, "pre-deploy");
            rollback(db, RESTORING, "post-deploy");

            assertThat(db.appliedIds()).containsExactly("1");
            assertThat(original).isEqualTo(new ColumnShape(false, original.defaultValue()));
            assertThat(original.defaultValue()).contains("n/a");
            assertThat(ColumnShape.of(db, "person", "legacy"))
                    .as("NOT NULL and default")
                    .hasValue(original);
            assertThat(columns(db)).as("re-added at the end, as on PostgreSQL").containsExactly("id", "note", "legacy");
            try (Connection c = db.connect();
                    var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO person (id) VALUES (1)");
                try (ResultSet rs = s.executeQuery("SELECT legacy FROM person WHERE id = 1")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("n/a");
                }
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void aDropColumnWithoutRollbackBlockIsRefusedWithACode(DbKind kind) {
        try (TestDatabase db = Databases.create(kind, "drop-without-rollback")) {
            deploy(db, WITHOUT_ROLLBACK, "pre-deploy");
            deploy(db, WITHOUT_ROLLBACK, "post-deploy");

            Outcome outcome = Rollbacks.CLI.rollbackCount(db, WITHOUT_ROLLBACK, "pre-deploy", 1);

            assertRefused(outcome, "NO_ROLLBACK", WITHOUT_ROLLBACK + "::3::it");
            assertThat(outcome.output()).contains("add a <rollback> block").doesNotContain("liquibase.ext.syzygy.");
            assertThat(db.appliedIds()).containsExactly("1", "2", "3");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deploy(TestDatabase db, String changelog, String stage) {
        Outcome outcome = Cli.withExtension().update(db, changelog, stage);
        assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    }

    private static void rollback(TestDatabase db, String changelog, String stage) {
        Outcome outcome = Rollbacks.CLI.rollbackCount(db, changelog, stage, 1);
        assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getColumns(null, db.schema(), "person", null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
