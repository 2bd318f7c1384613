package liquibase.ext.syzygy.change;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.statement.DatabaseFunction;
import liquibase.util.ISODateFormat;

/**
 * The default-value attributes of a change ({@code defaultValue}, {@code defaultValueNumeric},
 * {@code defaultValueBoolean}, {@code defaultValueDate}, {@code defaultValueComputed}), at most one of them set.
 */
record DefaultValueAttributes(
        String defaultValue,
        String defaultValueNumeric,
        Boolean defaultValueBoolean,
        String defaultValueDate,
        String defaultValueComputed) {

    /** Whether any attribute is set. */
    boolean isPresent() {
        return !names().isEmpty();
    }

    /** Adds an error for every attribute that cannot be turned into a default value. */
    void validate(ValidationErrors errors, String where) {
        List<String> names = names();
        if (names.size() > 1) {
            errors.addError(where + " sets " + String.join(" and ", names) + "; set only one default value attribute");
        }
        if (defaultValueNumeric != null && !DefaultValueSql.isNumber(defaultValueNumeric)) {
            errors.addError(where + ": defaultValueNumeric '" + defaultValueNumeric
                    + "' is not a number; use defaultValueComputed for a SQL expression");
        }
        if (defaultValueDate != null && parseDate() == null) {
            errors.addError(where + ": defaultValueDate '" + defaultValueDate + "' is not an ISO date, time or"
                    + " timestamp (e.g. 2024-01-31T12:00:00); use defaultValueComputed for a SQL expression");
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
            return defaultValueBoolean;
        }
        if (defaultValueDate != null) {
            return parseDate();
        }
        return defaultValueComputed == null ? null : new DatabaseFunction(defaultValueComputed);
    }

    private Date parseDate() {
        try {
            return new ISODateFormat().parse(defaultValueDate.trim());
        } catch (ParseException | RuntimeException e) {
            return null;
        }
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
