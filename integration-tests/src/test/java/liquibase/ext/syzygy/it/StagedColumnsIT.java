package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scenarios/staged-columns}: adding a NOT NULL column ({@code addColumnStaged} then {@code postAddColumn}) and
 * removing one ({@code preRemoveColumn} then {@code dropColumn}) while the old and the new code both write.
 */
class StagedColumnsIT {

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (DbKind db : DbKind.values()) {
            for (Entrypoint entrypoint : List.of(Cli.withExtension(), JavaApi.COMMAND_SCOPE)) {
                runs.add(Arguments.of(db, entrypoint));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("runs")
    void oldAndNewCodeBothWorkDuringTheRollout(DbKind kind, Entrypoint entrypoint) throws Exception {
        try (TestDatabase db = Databases.create(kind, "staged-columns")) {
            Outcome v1 =
                    entrypoint.update(db, Samples.scenarioFile("staged-columns", "v1.xml"), "pre-deploy,post-deploy");
            assertThat(v1.succeeded()).as("release 1: %s", v1).isTrue();
            execute(db, "INSERT INTO accounts (id, name, legacy_code) VALUES (1, 'before', 'A1')");

            Outcome pre = entrypoint.update(db, Samples.scenario("staged-columns"), "pre-deploy");
            assertThat(pre.succeeded()).as("pre-deploy: %s", pre).isTrue();
            assertThat(db.appliedIds()).containsExactly("r1-accounts", "r2-add-status", "r2-release-legacy-code");

            // During the rollout: the old code does not know status, the new code no longer writes legacy_code.
            execute(db, "INSERT INTO accounts (id, name, legacy_code) VALUES (2, 'old code', 'B2')");
            execute(db, "INSERT INTO accounts (id, name, status) VALUES (3, 'new code', 'vip')");
            assertThat(column(db, "status")).containsExactly("active", "active", "vip");
            assertThat(column(db, "legacy_code")).containsExactly("A1", "B2", "n/a");

            Outcome post = entrypoint.update(db, Samples.scenario("staged-columns"), "post-deploy");
            assertThat(post.succeeded()).as("post-deploy: %s", post).isTrue();
            assertThat(db.appliedIds())
                    .containsExactly(
                            "r1-accounts",
                            "r2-add-status",
                            "r2-release-legacy-code",
                            "r2-status-default-off",
                            "r2-drop-legacy-code");
            assertThat(db.columnExists("accounts", "legacy_code"))
                    .as("dropped, on SQLite too")
                    .isFalse();
            assertThat(column(db, "status")).containsExactly("active", "active", "vip");
            assertThatThrownBy(() -> execute(db, "INSERT INTO accounts (id, name) VALUES (4, 'forgot status')"))
                    .as("the default is gone: a missing status is an error again")
                    .isInstanceOf(SQLException.class);
            execute(db, "INSERT INTO accounts (id, name, status) VALUES (5, 'new code', 'active')");
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static List<String> column(TestDatabase db, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + " FROM accounts ORDER BY id")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
