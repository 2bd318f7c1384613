package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.testing.Lb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validateConstraint} and {@code addNotNullConstraintStaged} parse the same from XML (validated against the
 * shipped XSD), YAML and JSON, with pinned checksums and their stages.
 */
class LockSafeFormatsTest {

    /** Checksums of {@code staged/formats/lock-safe.*}, by changeset id. Never update these to make a test pass. */
    static final Map<String, String> PINNED = Map.of(
            "validate", "9:201d1d6b64093f72d575cc9327a061c1",
            "not-null", "9:0ade3b30697f2cb2866b624e73ce17be",
            "not-null-plain", "9:4ec1c7e4da0cba56f5b45c1bcdc6a8ab");

    @ParameterizedTest
    @ValueSource(
            strings = {"staged/formats/lock-safe.xml", "staged/formats/lock-safe.yaml", "staged/formats/lock-safe.json"
            })
    void everyFormatParsesToThePinnedChecksumsAndStages(String changelog) throws Exception {
        DatabaseChangeLog log = Lb.parse(changelog);
        assertThat(ChangeFormatsTest.checksums(log)).isEqualTo(PINNED);
        Map<String, String> types = ChangeFormatsTest.typesAndStages(log);
        assertThat(types)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "validate", "ValidateConstraintChange:pre-deploy",
                        "not-null", "AddNotNullConstraintStagedChange:post-deploy",
                        "not-null-plain", "AddNotNullConstraintStagedChange:post-deploy"));
        AddNotNullConstraintStagedChange notNull = (AddNotNullConstraintStagedChange)
                log.getChangeSets().get(1).getChanges().get(0);
        assertThat(notNull.getBackfillBatchSize()).isEqualTo(500);
        assertThat(notNull.getDefaultNullValue()).isEqualTo("new");
        assertThat(log.getChangeSets().get(1).isRunInTransaction()).isFalse();
    }
}
