package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The README's Maven recipe: {@code mvn verify} fails on a plan with errors and passes otherwise. The extension is
 * resolved from {@link FreshExtensionRepository}, so another build's install cannot swap the jar under test.
 */
class MavenGateIT {

    @Test
    void anUnsafePlanFailsTheBuild() throws Exception {
        try (TestDatabase db = Databases.sqlite("maven-gate-fail")) {
            MavenGate.Result result = MavenGate.verify(db, Samples.scenario("ambiguous-plan"));

            assertThat(result.outcome().exitCode()).as("%s", result.outcome()).isNotZero();
            assertThat(result.outcome().output()).contains("BUILD FAILURE").contains("exited with an error: 2");
            assertThat(Files.readString(result.report()))
                    .contains("<failure type=\"AMBIGUOUS_PLAN\"")
                    .contains("name=\"" + Samples.scenario("ambiguous-plan") + "::accounts-code-index::shop\"");
            assertThat(db.appliedIds()).isEmpty();
        }
    }

    @Test
    void aSafePlanPassesTheBuild() throws Exception {
        try (TestDatabase db = Databases.sqlite("maven-gate-pass")) {
            MavenGate.Result result = MavenGate.verify(db, Samples.scenario("independent-plan"));

            assertThat(result.outcome().exitCode()).as("%s", result.outcome()).isZero();
            assertThat(result.outcome().output()).contains("BUILD SUCCESS");
            assertThat(Files.readString(result.report())).contains("failures=\"0\"");
        }
    }
}
