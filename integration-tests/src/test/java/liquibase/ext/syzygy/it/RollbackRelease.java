package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The release the rollback tests deploy and roll back. Release 1 creates {@code person(id, old)} and tags it
 * {@code v1}; release 2 replaces {@code old} by {@code nick}: a staged NOT NULL column with a default
 * (pre-deploy), then the drop of {@code old} and of the staged default (post-deploy).
 */
final class RollbackRelease {

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

    private RollbackRelease() {}

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
