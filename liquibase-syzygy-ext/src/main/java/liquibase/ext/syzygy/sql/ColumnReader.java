package liquibase.ext.syzygy.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import liquibase.ext.syzygy.fact.ColumnFacts;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * Reads a column definition (name, type and the options JSqlParser leaves as words, e.g. {@code NOT NULL DEFAULT 0})
 * into {@link ColumnFacts}. Every option word must be understood: an unknown one makes the statement undecidable.
 */
final class ColumnReader {

    private static final Set<String> SERIAL = Set.of("serial", "bigserial", "smallserial", "serial4", "serial8");
    private static final Set<String> REFERENTIAL_ACTIONS = Set.of("CASCADE", "RESTRICT");
    private static final Set<String> GENERATED = Set.of("ALWAYS", "BY", "DEFAULT", "AS", "IDENTITY", "STORED");

    private final List<String> words;
    private int next;
    private boolean nullable = true;
    private boolean hasDefault;
    private boolean primaryKey;

    private ColumnReader(List<String> words) {
        this.words = words == null ? List.of() : words;
    }

    /** The facts of one column; {@code tablePrimaryKey} says a table-level PRIMARY KEY names it. */
    static ColumnFacts read(
            String name, ColDataType type, List<String> options, SqlDialect dialect, boolean tablePrimaryKey) {
        ColumnReader reader = new ColumnReader(options);
        reader.readOptions();
        String typeText = type == null ? "" : type.toString().replace(" (", "(");
        String baseType = type == null ? "" : type.getDataType().toLowerCase(Locale.ROOT);
        boolean pk = reader.primaryKey || tablePrimaryKey;
        boolean generated = reader.hasDefault
                || SERIAL.contains(baseType)
                || dialect == SqlDialect.SQLITE && reader.primaryKey && baseType.equals("integer");
        boolean nullable = reader.nullable && !pk && !SERIAL.contains(baseType);
        return new ColumnFacts(Name.unquote(name), typeText, nullable, generated, pk);
    }

    private void readOptions() {
        while (next < words.size()) {
            String word = take();
            switch (word) {
                case "NOT" -> expect("NULL", () -> nullable = false);
                case "NULL", "UNIQUE" -> {}
                case "CONSTRAINT", "COLLATE" -> take();
                case "DEFAULT" -> readDefault();
                case "PRIMARY" -> expect("KEY", () -> primaryKey = true);
                case "REFERENCES" -> readReference();
                case "CHECK" -> takeGroup();
                case "GENERATED" -> readGenerated();
                case "AUTOINCREMENT", "AUTO_INCREMENT" -> hasDefault = true;
                default -> throw new NotUnderstood("the column option " + word + " is not understood");
            }
        }
    }

    private void readDefault() {
        String value = take();
        hasDefault = !value.equals("NULL");
        while (next < words.size()
                && (words.get(next).startsWith("(") || words.get(next).equals("::"))) {
            if (take().equals("::")) {
                take();
            }
        }
    }

    private void readReference() {
        take();
        if (next < words.size() && words.get(next).startsWith("(")) {
            take();
        }
        while (next < words.size() && words.get(next).equalsIgnoreCase("ON")) {
            take();
            take();
            String action = take();
            if (action.equals("NO")) {
                expect("ACTION", () -> {});
            } else if (!REFERENTIAL_ACTIONS.contains(action)) {
                throw new NotUnderstood("the referential action " + action + " is not understood");
            }
        }
    }

    private void readGenerated() {
        hasDefault = true;
        while (next < words.size()
                && (GENERATED.contains(upper(words.get(next)))
                        || words.get(next).startsWith("("))) {
            next++;
        }
    }

    private void takeGroup() {
        if (next >= words.size() || !words.get(next).startsWith("(")) {
            throw new NotUnderstood("a column option is incomplete");
        }
        next++;
    }

    private void expect(String word, Runnable then) {
        if (next >= words.size() || !upper(words.get(next)).equals(word)) {
            throw new NotUnderstood("a column option is not understood");
        }
        next++;
        then.run();
    }

    private String take() {
        if (next >= words.size()) {
            throw new NotUnderstood("a column option is incomplete");
        }
        return upper(words.get(next++));
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
