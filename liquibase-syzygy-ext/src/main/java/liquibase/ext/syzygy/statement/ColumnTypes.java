package liquibase.ext.syzygy.statement;

import java.util.regex.Pattern;

/**
 * Which column types the staged changes write into DDL: a type name of words, an optional size or precision and
 * an optional array suffix, e.g. {@code varchar(20)}, {@code numeric(10, 2)}, {@code timestamp with time zone},
 * {@code int[]}. Liquibase writes a type it does not know as given, so anything else (quotes, semicolons, comments)
 * is refused rather than pasted into the statement.
 */
public final class ColumnTypes {

    public static final String HINT =
            "write a type such as varchar(20), numeric(10, 2), timestamp with time zone or int[].";

    private static final String WORDS = "[A-Za-z_][A-Za-z0-9_]*(\\s+[A-Za-z_][A-Za-z0-9_]*)*";
    private static final Pattern SAFE = Pattern.compile(
            WORDS + "\\s*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?(\\s+" + WORDS + ")?(\\s*\\[\\s*\\d*\\s*])*");

    private ColumnTypes() {}

    /** Whether {@code type} is a type name, size and array suffix only, safe to write into DDL. */
    public static boolean isSafe(String type) {
        return SAFE.matcher(type.trim()).matches();
    }
}
