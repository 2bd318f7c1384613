package liquibase.ext.syzygy.change;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import liquibase.change.Change;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.statement.DatabaseFunction;
import liquibase.util.ISODateFormat;

/**
 * The default-value attributes of a change ({@code defaultValue}, {@code defaultValueNumeric},
 * {@code defaultValueBoolean}, {@code defaultValueDate}, {@code defaultValueComputed}), at most one of them set.
 *
 * <p>Each is kept as written and checked before use: a number must be a plain decimal number, a boolean
 * {@code true} or {@code false}, a date an ISO date, time or timestamp. Unlike Liquibase's {@code ColumnConfig},
 * nothing that fails to parse silently becomes a SQL expression or {@code false}.
 */
record DefaultValueAttributes(
        String defaultValue,
        String defaultValueNumeric,
        String defaultValueBoolean,
        String defaultValueDate,
        String defaultValueComputed) {

    private static final Pattern NUMERIC_TYPE = Pattern.compile(
            "(tiny|small|medium|big)?int(eger)?\\d*|(big|small)?serial\\d*|numeric|decimal|number|real|float\\d*|double"
                    + "( precision)?|money");
    private static final Pattern BOOLEAN_TYPE = Pattern.compile("bool(ean)?");
    private static final Pattern DATE_TYPE = Pattern.compile("date|time|timestamp|datetime|timestamptz|timetz");

    /**
     * {@code text} as the attribute its column type calls for ({@code defaultNullValue} of
     * {@code addNotNullConstraintStaged}, which core writes as one string): a number for a numeric type, a boolean
     * for a boolean one, an ISO date for a date or time type, else a string. Without a type, a string: PostgreSQL
     * and SQLite both convert a string literal to the column's type.
     */
    static DefaultValueAttributes forType(String columnDataType, String text) {
        String type = columnDataType == null
                ? ""
                : columnDataType.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*", "");
        String base = type.replaceAll(" with(out)? time zone$", "");
        if (NUMERIC_TYPE.matcher(base).matches()) {
            return new DefaultValueAttributes(null, text, null, null, null);
        }
        if (BOOLEAN_TYPE.matcher(base).matches()) {
            return new DefaultValueAttributes(null, null, text, null, null);
        }
        if (DATE_TYPE.matcher(base).matches()) {
            return new DefaultValueAttributes(null, null, null, text, null);
        }
        return new DefaultValueAttributes(text, null, null, null, null);
    }

    /** Whether any attribute is set. */
    boolean isPresent() {
        return !names().isEmpty();
    }

    private static final String EXPRESSION_HINT = " or use defaultValueComputed for a SQL expression.";

    /** Adds an {@code INVALID_DEFAULT} error to {@code errors} for every attribute that is not a valid literal. */
    void validate(ValidationErrors errors, Change change, String where) {
        validate(errors, change, where, null);
    }

    /**
     * As {@link #validate(ValidationErrors, Change, String)}, naming {@code attribute} in the messages instead of the
     * attribute the value was read as (for {@code defaultNullValue}, read by its column type through
     * {@link #forType}); null names the attribute itself.
     */
    void validate(ValidationErrors errors, Change change, String where, String attribute) {
        List<String> names = names();
        if (names.size() > 1) {
            invalid(
                    errors,
                    change,
                    where + " sets " + String.join(" and ", names) + ".",
                    "set only one default value attribute.");
        }
        if (defaultValueNumeric != null && !DefaultValueSql.isNumber(defaultValueNumeric)) {
            invalid(
                    errors,
                    change,
                    where + ": " + (attribute == null ? "defaultValueNumeric" : attribute) + " '" + defaultValueNumeric
                            + "' is not a number.",
                    "write a decimal number such as 0, -1.5 or 2e3," + EXPRESSION_HINT);
        }
        if (defaultValueBoolean != null && parseBoolean(defaultValueBoolean) == null) {
            invalid(
                    errors,
                    change,
                    where + ": " + (attribute == null ? "defaultValueBoolean" : attribute) + " '" + defaultValueBoolean
                            + "' is not a boolean.",
                    "write true or false," + EXPRESSION_HINT);
        }
        if (defaultValueDate != null && parseDate(defaultValueDate) == null) {
            invalid(
                    errors,
                    change,
                    where + ": " + (attribute == null ? "defaultValueDate" : attribute) + " '" + defaultValueDate
                            + "' is not an ISO date, time" + " or timestamp.",
                    "write e.g. 2024-01-31, 12:00:00 or 2024-01-31T12:00:00," + EXPRESSION_HINT);
        }
    }

    private static void invalid(ValidationErrors errors, Change change, String message, String hint) {
        ChangeErrors.add(errors, change, FindingCode.INVALID_DEFAULT, message, hint);
    }

    /** {@code true} or {@code false} (any case) as a Boolean; null for any other text. */
    static Boolean parseBoolean(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The ISO date, time or timestamp {@code text} stands for; null when it is not one. */
    static Date parseDate(String text) {
        try {
            return new ISODateFormat().parse(text.trim());
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The value for a statement: a String, BigDecimal, Boolean, {@code java.util.Date} or {@link DatabaseFunction};
     * null when no attribute is set. Call {@link #validate} first.
     */
    Object toValue() {
        if (defaultValue != null) {
            return defaultValue;
        }
        if (defaultValueNumeric != null) {
            return new BigDecimal(defaultValueNumeric.trim());
        }
        if (defaultValueBoolean != null) {
            return parseBoolean(defaultValueBoolean);
        }
        if (defaultValueDate != null) {
            return parseDate(defaultValueDate);
        }
        return defaultValueComputed == null ? null : new DatabaseFunction(defaultValueComputed);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        add(names, "defaultValue", defaultValue);
        add(names, "defaultValueNumeric", defaultValueNumeric);
        add(names, "defaultValueBoolean", defaultValueBoolean);
        add(names, "defaultValueDate", defaultValueDate);
        add(names, "defaultValueComputed", defaultValueComputed);
        return names;
    }

    private static void add(List<String> names, String name, Object value) {
        if (value != null) {
            names.add(name);
        }
    }
}
