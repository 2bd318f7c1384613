package liquibase.ext.syzygy.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.database.core.CockroachDatabase;
import liquibase.database.core.EnterpriseDBDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.support.Sqlite;
import liquibase.resource.SearchPathResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The database implementations on a real SQLite file, driven through the calls Liquibase makes for one changeset:
 * its changes, {@code ChangeSet.execute}'s commit, the history write and its commit.
 */
class AtomicHistoryDatabaseTest {

    @Test
    void liquibaseChoosesThemForPostgresqlAndSqliteButNotForPostgresqlForks() throws Exception {
        assertThat(DatabaseFactory.getInstance().findCorrectDatabaseImplementation(offline("postgresql")))
                .isInstanceOf(AtomicHistoryPostgresDatabase.class)
                .isInstanceOf(PostgresDatabase.class);
        assertThat(DatabaseFactory.getInstance().findCorrectDatabaseImplementation(offline("sqlite")))
                .isInstanceOf(AtomicHistorySQLiteDatabase.class);
        int ours = new AtomicHistoryPostgresDatabase().getPriority();
        assertThat(ours).isGreaterThan(new PostgresDatabase().getPriority());
        assertThat(ours)
                .isLessThan(new CockroachDatabase().getPriority())
                .isLessThan(new EnterpriseDBDatabase().getPriority());
    }

    @Test
    void theChangesetsChangesAreCommittedOnlyWithTheHistoryWrite() throws Exception {
        String url = Sqlite.freshUrl("atomic-history-held");
        try (Database db = open(url)) {
            runChanges(db, "t1");
            db.commit();
            assertThat(Sqlite.tableExists(url, "t1"))
                    .as("ChangeSet.execute's commit is held")
                    .isFalse();

            db.commit();
            assertThat(Sqlite.tableExists(url, "t1"))
                    .as("the history write's commit")
                    .isTrue();
        }
    }

    @Test
    void aRollbacksChangesAreCommittedOnlyWithTheHistoryDelete() throws Exception {
        String url = Sqlite.freshUrl("atomic-history-rollback");
        try (Database db = open(url)) {
            runChanges(db, "t1");
            db.commit();
            db.commit();

            db.executeRollbackStatements(createTable("t1"), List.of());
            db.commit();
            assertThat(Sqlite.tableExists(url, "t1"))
                    .as("ChangeSet.rollback's commit is held")
                    .isTrue();

            db.commit();
            assertThat(Sqlite.tableExists(url, "t1")).isFalse();
        }
    }

    @Test
    void aFailedHistoryWriteRollsTheHeldChangesBack() throws Exception {
        String url = Sqlite.freshUrl("atomic-history-failed-write");
        try (Database db = open(url)) {
            runChanges(db, "t1");
            db.commit();
            ChangeSet changeSet = new ChangeSet("1", "me", false, false, "x.xml", null, null, null);

            assertThatThrownBy(() -> db.markChangeSetExecStatus(changeSet, ChangeSet.ExecType.EXECUTED))
                    .as("there is no DATABASECHANGELOG to write to");
            db.commit();

            assertThat(Sqlite.tableExists(url, "t1")).isFalse();
        }
    }

    @Test
    void theSettingTurnsTheHoldOff() throws Exception {
        String url = Sqlite.freshUrl("atomic-history-off");
        Scope.child(Map.of(SyzygyConfiguration.ATOMIC_HISTORY.getKey(), false), () -> {
            try (Database db = open(url)) {
                runChanges(db, "t1");
                db.commit();
                assertThat(Sqlite.tableExists(url, "t1")).isTrue();
            }
        });
    }

    private static Database open(String url) throws Exception {
        Connection connection = DriverManager.getConnection(url);
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        assertThat(db).isInstanceOf(AtomicHistorySQLiteDatabase.class);
        db.setAutoCommit(false);
        return db;
    }

    private static void runChanges(Database db, String table) throws Exception {
        db.executeStatements(createTable(table), new DatabaseChangeLog(), List.of());
    }

    private static CreateTableChange createTable(String table) {
        CreateTableChange change = new CreateTableChange();
        change.setTableName(table);
        change.addColumn(new ColumnConfig().setName("id").setType("int"));
        return change;
    }

    private static OfflineConnection offline(String shortName) {
        return new OfflineConnection("offline:" + shortName, new SearchPathResourceAccessor("."));
    }
}
