package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.PostgresDatabase;
import liquibase.ext.syzygy.changelog.ChangeSetFactsReader;
import liquibase.ext.syzygy.changelog.StageAssigner;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StageDecision;
import liquibase.ext.syzygy.testing.Lb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code lockTimeout} directive reads the same in XML (against the XSD), YAML and JSON, emits no SQL, leaves
 * its changeset's stage to its other changes, and its checksums are pinned.
 */
class LockTimeoutChangeTest {

    /** Never update these to make a test pass. */
    static final Map<String, String> PINNED = Map.of(
            "longer", "9:330a2866087f50c841574e8789494301",
            "off", "9:dac36eb34bddc067492e00610bc92b27");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "staged/formats/lock-timeout.xml",
                "staged/formats/lock-timeout.yaml",
                "staged/formats/lock-timeout.json"
            })
    void everyFormatReadsTheDirective(String changelog) throws Exception {
        DatabaseChangeLog log = Lb.parse(changelog);

        LockTimeoutChange longer =
                (LockTimeoutChange) log.getChangeSets().get(0).getChanges().get(0);
        LockTimeoutChange off =
                (LockTimeoutChange) log.getChangeSets().get(1).getChanges().get(0);
        assertThat(longer.lockTimeout()).contains(Duration.ofSeconds(30));
        assertThat(off.lockTimeout()).isEmpty();
        assertThat(ChangeFormatsTest.checksums(log)).isEqualTo(PINNED);
    }

    @Test
    void theChangesetKeepsTheStageOfItsOtherChanges() throws Exception {
        DatabaseChangeLog log = Lb.parse("staged/formats/lock-timeout.xml");
        StageAssigner assigner = new StageAssigner(StageClassifier.standard(), new ChangeSetFactsReader(null));

        StageDecision longer = assigner.assign(log.getChangeSets().get(0));
        StageDecision off = assigner.assign(log.getChangeSets().get(1));

        assertThat(log.getChangeSets().get(0).getContextFilter().toString()).isEqualTo("pre-deploy");
        assertThat(log.getChangeSets().get(1).getContextFilter().toString()).isEqualTo("post-deploy");
        assertThat(longer.toString()).doesNotContain("AMBIGUOUS");
        assertThat(off.toString()).doesNotContain("AMBIGUOUS");
    }

    @Test
    void emitsNoSqlAndValidatesItsTimeout() throws Exception {
        ChangeSet changeSet = Lb.changeSet("staged/formats/lock-timeout.xml", "longer");
        LockTimeoutChange directive = (LockTimeoutChange) changeSet.getChanges().get(0);
        PostgresDatabase postgres = new PostgresDatabase();

        assertThat(directive.generateStatements(postgres)).isEmpty();
        assertThat(directive.generateRollbackStatements(postgres)).isEmpty();
        assertThat(directive.validate(postgres).hasErrors()).isFalse();

        directive.setTimeout("soon");
        assertThat(directive.validate(postgres).getErrorMessages())
                .containsExactly("[INVALID_CHANGE] staged/formats/lock-timeout.xml::longer::syzygy: lockTimeout"
                        + " timeout=\"soon\" is not a duration. Fix: write a number with a unit (30s, 500ms, 2m), a"
                        + " number of seconds, an ISO-8601 duration (PT30S), or off.");
    }
}
