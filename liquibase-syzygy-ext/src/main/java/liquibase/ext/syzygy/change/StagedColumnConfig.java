package liquibase.ext.syzygy.change;

import java.util.HashSet;
import java.util.Set;
import liquibase.change.AddColumnConfig;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;

/**
 * A column of {@code addColumnStaged} that also remembers its default value attributes as written.
 *
 * <p>Liquibase's {@code ColumnConfig} turns a {@code defaultValueDate} or {@code defaultValueBoolean} it cannot
 * parse into a SQL expression, and keeps only one of several default attributes: that would paste changelog text
 * into the DDL unchecked. Keeping the text lets validation refuse it instead. The kept text is not serialized, so
 * checksums stay those of {@code AddColumnConfig}.
 */
public class StagedColumnConfig extends AddColumnConfig {

    private static final Set<String> KEPT = Set.of("writtenDefaults");

    private DefaultValueAttributes writtenDefaults;

    @Override
    public void load(ParsedNode parsedNode, ResourceAccessor resourceAccessor) throws ParsedNodeException {
        writtenDefaults = new DefaultValueAttributes(
                text(parsedNode, "defaultValue"),
                text(parsedNode, "defaultValueNumeric"),
                text(parsedNode, "defaultValueBoolean"),
                text(parsedNode, "defaultValueDate"),
                text(parsedNode, "defaultValueComputed"));
        super.load(parsedNode, resourceAccessor);
    }

    /** The default value attributes as the changelog wrote them; null when the column was built in code. */
    DefaultValueAttributes writtenDefaults() {
        return writtenDefaults;
    }

    @Override
    public Set<String> getSerializableFields() {
        Set<String> fields = new HashSet<>(super.getSerializableFields());
        fields.removeAll(KEPT);
        return fields;
    }

    private static String text(ParsedNode node, String name) throws ParsedNodeException {
        Object value = node.getChildValue(null, name);
        return value == null ? null : value.toString();
    }
}
