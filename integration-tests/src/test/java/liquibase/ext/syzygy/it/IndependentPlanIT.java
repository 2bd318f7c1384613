package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allowed case of {@code scenarios/independent-plan}: a pre-deploy changeset after an unrelated pending
 * post-deploy changeset. The pre-deploy run applies it and leaves the post-deploy one for the post-deploy run.
 */
class IndependentPlanIT {

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
    void preDeployRunAppliesTheLaterIndependentChangeSet(DbKind kind, Entrypoint entrypoint) throws Exception {
        String changelog = Samples.scenario("independent-plan");
        try (TestDatabase db = Databases.create(kind, "independent-plan")) {
            Outcome pre = entrypoint.update(db, changelog, "pre-deploy");

            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            assertThat(db.appliedIds()).containsExactly("legacy-sessions", "audit-log");
            assertThat(db.tableExists("audit_log")).isTrue();
            assertThat(db.tableExists("legacy_sessions"))
                    .as("left for the post-deploy run")
                    .isTrue();

            Outcome post = entrypoint.update(db, changelog, "post-deploy");

            assertThat(post.succeeded()).as("%s", post).isTrue();
            assertThat(db.appliedIds()).containsExactly("legacy-sessions", "audit-log", "drop-legacy-sessions");
            assertThat(db.changeLog().get(2).contexts()).isEqualTo("post-deploy");
            assertThat(db.tableExists("legacy_sessions")).isFalse();
        }
    }
}
