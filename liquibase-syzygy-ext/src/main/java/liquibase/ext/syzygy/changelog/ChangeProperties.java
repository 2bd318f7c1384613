package liquibase.ext.syzygy.changelog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeParameterMetaData;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.statement.DatabaseFunction;

/**
 * Reads a change's simple property values through Liquibase's own change introspection ({@link ChangeMetaData}).
 *
 * <p>Using the metadata rather than reflection keeps us on Liquibase's public API and gives exactly the property
 * names users write in changelogs ({@code tableName}, {@code columnName}, ...), which is what stage rules match on.
 */
final class ChangeProperties {

    private ChangeProperties() {}

    /**
     * Every one of {@code parameters} whose current value is a String, Boolean, Number, Enum or database function,
     * as text. Parameters whose getter fails (for example an {@code sqlFile} that cannot be read yet) are left out
     * and make the result {@link Read#unreadable()}: the change's own validation reports the failure, and the
     * classifier never infers a stage from a change it could not read.
     */
    static Read simpleProperties(Change change, List<ChangeParameterMetaData> parameters) {
        // Built immutable in one go: the change facts keep it without copying, for every change of every parse.
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] properties = new Map.Entry[parameters.size()];
        int count = 0;
        boolean unreadable = false;
        for (int i = 0; i < properties.length; i++) {
            ChangeParameterMetaData parameter = parameters.get(i);
            Object value;
            try {
                value = parameter.getCurrentValue(change);
            } catch (RuntimeException e) {
                unreadable = true;
                continue;
            }
            String text = simpleValue(value);
            if (text != null) {
                properties[count++] = Map.entry(parameter.getParameterName(), text);
            }
        }
        return new Read(
                Map.ofEntries(count == properties.length ? properties : Arrays.copyOf(properties, count)), unreadable);
    }

    /**
     * A change's simple properties.
     *
     * @param values the readable ones, by name
     * @param unreadable whether a getter failed
     */
    record Read(Map<String, String> values, boolean unreadable) {}

    /** The parameters of a change class worth reading: those among {@link ChangeFacts#READ_PROPERTIES}. */
    static List<ChangeParameterMetaData> readParameters(ChangeMetaData metaData) {
        List<ChangeParameterMetaData> read = new ArrayList<>();
        for (ChangeParameterMetaData parameter : metaData.getParameters().values()) {
            if (ChangeFacts.READ_PROPERTIES.contains(parameter.getParameterName())) {
                read.add(parameter);
            }
        }
        return List.copyOf(read);
    }

    private static String simpleValue(Object value) {
        if (value instanceof String
                || value instanceof Boolean
                || value instanceof Number
                || value instanceof Enum<?>
                || value instanceof DatabaseFunction) {
            return value.toString();
        }
        return null;
    }
}
