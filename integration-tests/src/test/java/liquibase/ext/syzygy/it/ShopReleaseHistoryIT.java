package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample release history deployed the way operators do it: {@code update --contexts=pre-deploy}, the rollout
 * (the old code keeps writing), then {@code update --contexts=post-deploy}; on PostgreSQL and SQLite, through the
 * CLI and both Java APIs. (The Maven plugin runs the same flow in {@link MavenPluginIT}.)
 */
class ShopReleaseHistoryIT {

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (DbKind db : DbKind.values()) {
            for (Entrypoint entrypoint : List.of(Cli.withExtension(), JavaApi.COMMAND_SCOPE, JavaApi.CLASSIC)) {
                runs.add(Arguments.of(db, entrypoint));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("runs")
    void preDeployThenPostDeploy(DbKind kind, Entrypoint entrypoint) throws Exception {
        try (TestDatabase db = Databases.create(kind, "shop-" + entrypoint)) {
            Outcome pre = entrypoint.update(db, Samples.SHOP, "pre-deploy");
            assertThat(pre.succeeded()).as("pre-deploy run: %s", pre).isTrue();

            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.PRE_DEPLOY);
            for (ChangeLogRow row : db.changeLog()) {
                assertThat(row.contexts())
                        .as("CONTEXTS of %s", row.id())
                        .contains("pre-deploy")
                        .doesNotContain("post");
                if (row.id().equals("1.0-seed-products")) {
                    assertThat(row.contexts())
                            .as("the stage is ANDed with the existing context")
                            .contains("!test");
                    assertThat(row.contexts()).contains(" and ");
                } else {
                    assertThat(row.contexts()).as("CONTEXTS of %s", row.id()).isEqualTo("pre-deploy");
                }
                assertThat(row.fullId()).isEqualTo(ShopHistory.fullId(row.id()));
            }
            // The new code's objects exist, and the old code's are still there during the rollout.
            assertThat(db.tableExists("order_lines")).isTrue();
            assertThat(db.tableExists("addresses")).isTrue();
            assertThat(db.columnExists("orders", "shipping_address_id")).isTrue();
            assertThat(db.viewExists("product_catalog")).isTrue();
            assertThat(db.tableExists("customer_notes"))
                    .as("old table until post-deploy")
                    .isTrue();
            assertThat(db.viewExists("product_catalog_v1"))
                    .as("old view until post-deploy")
                    .isTrue();
            assertThat(db.columnExists("orders", "product_id"))
                    .as("old column until post-deploy")
                    .isTrue();
            assertThat(db.columnExists("orders", "quantity"))
                    .as("old column until post-deploy")
                    .isTrue();

            // The 1.0 code, still running during the rollout, writes an order the old way.
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO customers (id, email) VALUES (1, 'ada@example.com')");
                s.executeUpdate("INSERT INTO orders (id, customer_id, product_id, quantity) VALUES (7, 1, 2, 3)");
            }

            Outcome post = entrypoint.update(db, Samples.SHOP, "post-deploy");
            assertThat(post.succeeded()).as("post-deploy run: %s", post).isTrue();

            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.preThenPost());
            for (ChangeLogRow row : db.changeLog().subList(ShopHistory.PRE_DEPLOY.size(), ShopHistory.ALL.size())) {
                assertThat(row.contexts()).as("CONTEXTS of %s", row.id()).isEqualTo("post-deploy");
            }
            assertThat(db.tableExists("customer_notes")).isFalse();
            assertThat(db.viewExists("product_catalog_v1")).isFalse();
            assertThat(db.columnExists("orders", "product_id")).isFalse();
            assertThat(db.columnExists("orders", "quantity")).isFalse();
            assertThat(db.tableExists("order_lines")).isTrue();
            assertThat(db.viewExists("product_catalog")).isTrue();
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT order_id, product_id, quantity, unit_price_cents FROM order_lines")) {
                assertThat(rs.next())
                        .as("the post-deploy data migration moved the legacy order")
                        .isTrue();
                assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                        .containsExactly(7, 2, 3, 1900);
                assertThat(rs.next()).isFalse();
            }

            Outcome again = entrypoint.update(db, Samples.SHOP, "post-deploy");
            assertThat(again.succeeded())
                    .as("a repeated post-deploy run is a no-op: %s", again)
                    .isTrue();
            assertThat(db.appliedIds()).hasSize(ShopHistory.ALL.size());
        }
    }
}
