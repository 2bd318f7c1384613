package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.AddColumnConfig;
import liquibase.change.ChangeFactory;
import liquibase.change.core.DropColumnChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.testing.Lb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same changesets written in XML (validated against the shipped XSD, secure parsing on), YAML and JSON parse
 * to the same changes, and their checksums are pinned: a renamed property must not silently change the checksum
 * of changesets users already applied.
 */
class ChangeFormatsTest {

    /** Checksums of {@code staged/formats/staged.*}, by changeset id. Never update these to make a test pass. */
    static final Map<String, String> PINNED = Map.of(
            "add", "9:6edaf57b5103a8aa87e339ac34fcd4bd",
            "post-add", "9:72832568b5ca2768f3f98b89af5250e2",
            "pre-remove-default", "9:314cd3e926ac49b3750426c3b9569e6d",
            "pre-remove-nullable", "9:b4a80361ccfeefea513be4bcf59f6d2b",
            "drop", "9:1c38432808fdfdd1d62d53b66e0b9a07",
            "drop-nested", "9:3db92ca22f02bbf0998c751661b57adb");

    @ParameterizedTest
    @ValueSource(strings = {"staged/formats/staged.xml", "staged/formats/staged.yaml", "staged/formats/staged.json"})
    void everyFormatParsesToThePinnedChecksums(String changelog) throws Exception {
        assertThat(checksums(Lb.parse(changelog))).isEqualTo(PINNED);
    }

    @Test
    void changeTypesAndStages() throws Exception {
        DatabaseChangeLog log = Lb.parse("staged/formats/staged.xml");
        Map<String, String> types = typesAndStages(log);
        assertThat(types)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "add", "AddColumnStagedChange:pre-deploy",
                        "post-add", "PostAddColumnChange:post-deploy",
                        "pre-remove-default", "PreRemoveColumnChange:pre-deploy",
                        "pre-remove-nullable", "PreRemoveColumnChange:pre-deploy",
                        "drop", "NativeDropColumnChange:post-deploy",
                        "drop-nested", "NativeDropColumnChange:post-deploy"));
        AddColumnStagedChange add =
                (AddColumnStagedChange) log.getChangeSets().get(0).getChanges().get(0);
        List<AddColumnConfig> columns = add.getColumns();
        assertThat(columns).extracting(AddColumnConfig::getName).containsExactly("nick", "score");
        assertThat(columns.get(0).getConstraints().isNullable()).isFalse();
        assertThat(columns.get(0).getDefaultValue()).isEqualTo("anon");
        assertThat(columns.get(1).getDefaultValueNumeric().intValue()).isZero();
    }

    @Test
    void dropColumnChecksumsEqualCoreDropColumn() throws Exception {
        ChangeFactory factory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        Map<String, String> withExtension = checksums(Lb.parse("staged/formats/staged.xml"));
        Map<String, String> coreOnly;
        factory.unregister("dropColumn");
        factory.register(new DropColumnChange());
        try {
            DatabaseChangeLog log = Lb.parse("staged/formats/staged.xml");
            assertThat(log.getChangeSets().get(4).getChanges().get(0)).isExactlyInstanceOf(DropColumnChange.class);
            coreOnly = checksums(log);
        } finally {
            factory.unregister("dropColumn");
            factory.register(new DropColumnChange());
            factory.register(new NativeDropColumnChange());
        }
        assertThat(withExtension.get("drop")).isEqualTo(coreOnly.get("drop")).isEqualTo(PINNED.get("drop"));
        assertThat(withExtension.get("drop-nested"))
                .isEqualTo(coreOnly.get("drop-nested"))
                .isEqualTo(PINNED.get("drop-nested"));
        assertThat(factory.create("dropColumn")).isExactlyInstanceOf(NativeDropColumnChange.class);
    }

    @Test
    void theXsdRejectsAnUnknownAttribute() {
        assertThatThrownBy(() -> Lb.parse("staged/invalid/unknown-attribute.xml"))
                .hasMessageContaining("columName");
    }

    /** Each changeset's id with its first change's class and stage, {@code AddColumnStagedChange:pre-deploy}. */
    static Map<String, String> typesAndStages(DatabaseChangeLog log) {
        return log.getChangeSets().stream()
                .collect(Collectors.toMap(
                        ChangeSet::getId,
                        cs -> cs.getChanges().get(0).getClass().getSimpleName() + ":"
                                + ((StagedChange) cs.getChanges().get(0)).syzygyStage()));
    }

    static Map<String, String> checksums(DatabaseChangeLog log) {
        return log.getChangeSets().stream()
                .collect(Collectors.toMap(ChangeSet::getId, cs -> cs.generateCheckSum(ChecksumVersion.latest())
                        .toString()));
    }
}
