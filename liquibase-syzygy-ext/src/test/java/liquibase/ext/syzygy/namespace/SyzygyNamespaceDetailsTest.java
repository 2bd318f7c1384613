package liquibase.ext.syzygy.namespace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import org.junit.jupiter.api.Test;

/** XML serializers write the staged changes with the {@code syzygy:} prefix and the extension's schema. */
class SyzygyNamespaceDetailsTest {

    @Test
    void serializesStagedChangesInTheSyzygyNamespace() throws Exception {
        List<ChangeSet> changeSets = Lb.parse("staged/formats/staged.xml").getChangeSets();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new XMLChangeLogSerializer().write(changeSets, out);

        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("xmlns:syzygy=\"https://liquibase-syzygy.github.io/xml/ns/syzygy\"")
                .contains("https://liquibase-syzygy.github.io/xml/ns/syzygy/liquibase-syzygy-1.0.xsd")
                .contains("<syzygy:addColumnStaged tableName=\"person\">")
                .contains("<syzygy:postAddColumn columnName=\"nick\" tableName=\"person\"/>")
                .contains(
                        "<syzygy:preRemoveColumn columnName=\"legacy_code\" defaultValue=\"n/a\" tableName=\"person\"/>")
                .contains("<dropColumn columnName=\"legacy_code\" tableName=\"person\"/>");
    }
}
