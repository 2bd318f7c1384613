package liquibase.ext.syzygy.sqlgenerator;

import java.util.regex.Pattern;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SequenceNextValueFunction;
import liquibase.util.ISODateFormat;

/**
 * Renders a default value from a changelog as SQL.
 *
 * <p>Strings, numbers, booleans and dates become literals that the database can only read as data, whatever
 * they contain. A {@link DatabaseFunction} ({@code defaultValueComputed}) is a SQL expression by design and is
 * written as is.
 */
public enum DefaultValueSql {
    POSTGRESQL {
        @Override
        String bool(boolean value) {
            return value ? "TRUE" : "FALSE";
        }

        @Override
        String string(String value) {
            String quoted = "'" + value.replace("'", "''") + "'";
            // E'' makes backslashes mean the same whatever standard_conforming_strings says.
            return value.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
        }

        @Override
        String expression(String sql) {
            return sql;
        }
    },
    SQLITE {
        @Override
        String bool(boolean value) {
            return value ? "1" : "0";
        }

        @Override
        String string(String value) {
            return "'" + value.replace("'", "''") + "'";
        }

        @Override
        String expression(String sql) {
            // SQLite accepts only literals or parenthesised expressions after DEFAULT.
            return "(" + sql + ")";
        }
    };

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * The SQL for {@code value}.
     *
     * @throws IllegalArgumentException for a value of another type, a number whose text is not a plain decimal
     *     number, or a sequence's next value
     */
    public String render(Object value) {
        if (value instanceof SequenceNextValueFunction) {
            throw new IllegalArgumentException("a sequence default (defaultValueSequenceNext) is not supported");
        }
        if (value instanceof DatabaseFunction function) {
            return expression(function.getValue());
        }
        if (value instanceof Boolean bool) {
            return bool(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof java.util.Date date) {
            return string(new ISODateFormat().format(date));
        }
        if (value instanceof String string) {
            return string(string);
        }
        throw new IllegalArgumentException("unsupported default value type "
                + (value == null ? "null" : value.getClass().getName()));
    }

    /** Whether {@code text} is a number this renderer writes as a literal, e.g. {@code -1.5e3}. */
    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.trim()).matches();
    }

    private static String number(Number number) {
        String text = number.toString().trim();
        if (!isNumber(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        return text;
    }

    abstract String bool(boolean value);

    abstract String string(String value);

    abstract String expression(String sql);
}
