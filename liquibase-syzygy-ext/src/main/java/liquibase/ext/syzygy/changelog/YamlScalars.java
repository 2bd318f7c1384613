package liquibase.ext.syzygy.changelog;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the YAML keys and scalar values of changeset headers on one line, and resolves plain scalars the way
 * SnakeYAML (Liquibase's YAML and JSON parser) types them before Liquibase turns them into text:
 * {@code id: 1.10} is the number 1.1, so its id is {@code 1.1}.
 */
final class YamlScalars {

    /** A {@code key:} on a line, and where its value starts. */
    record Entry(String key, int valueStart) {}

    private static final Pattern INTEGER = Pattern.compile("[-+]?(?:0|[1-9][0-9_]*)");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
    private static final Pattern FLOAT =
            Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern BOOLEAN =
            Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");

    private YamlScalars() {}

    static int skipBlanks(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Skips {@code - } block sequence indicators ({@code - - changeSet:} nests two). */
    static int skipSequenceIndicators(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == '-' && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
            i = skipBlanks(text, i + 1, end);
        }
        return i;
    }

    /** The {@code key:} at {@code from} (plain or quoted), or null when the line holds none there. */
    static Entry entry(CharSequence text, int from, int end) {
        char quote = Text.at(text, from);
        int keyEnd;
        String key;
        if ((quote == '"' || quote == '\'') && from < end) {
            keyEnd = Math.min(Text.indexOf(text, quote, from + 1), end);
            key = text.subSequence(from + 1, keyEnd).toString();
            keyEnd = skipBlanks(text, keyEnd + 1, end);
        } else {
            keyEnd = from;
            while (keyEnd < end
                    && !(text.charAt(keyEnd) == ':' && (keyEnd + 1 == end || isBlank(text.charAt(keyEnd + 1))))) {
                keyEnd++;
            }
            key = text.subSequence(from, keyEnd).toString().trim();
        }
        boolean colon = keyEnd < end && text.charAt(keyEnd) == ':';
        return colon ? new Entry(key, keyEnd + 1) : null;
    }

    /** The scalar from {@code from} to the line's end: quoted, or plain without a trailing comment. */
    static String value(CharSequence text, int from, int end) {
        int start = skipBlanks(text, from, end);
        char first = Text.at(text, start);
        if (start < end && first == '\'') {
            return singleQuoted(text, start + 1, end);
        }
        if (start < end && first == '"') {
            return JsonStrings.read(text.subSequence(start, end), 0).value();
        }
        return plain(text, start, end);
    }

    private static String singleQuoted(CharSequence text, int from, int end) {
        StringBuilder value = new StringBuilder();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' && Text.at(text, i + 1) == '\'' && i + 1 < end) {
                i++;
            } else if (c == '\'') {
                break;
            }
            value.append(c);
        }
        return value.toString();
    }

    private static String plain(CharSequence text, int from, int end) {
        int stop = from;
        while (stop < end && !(text.charAt(stop) == '#' && stop > from && isBlank(text.charAt(stop - 1)))) {
            stop++;
        }
        String value = text.subSequence(from, stop).toString().trim();
        return value.isEmpty() || value.startsWith("|") || value.startsWith(">") ? null : resolve(value);
    }

    /** A plain scalar as SnakeYAML types it and {@code toString()} prints it. */
    static String resolve(String plain) {
        String digits = plain.replace("_", "");
        if (BOOLEAN.matcher(plain).matches()) {
            return String.valueOf(plain.toLowerCase(Locale.ROOT).matches("yes|true|on"));
        }
        try {
            if (OCTAL.matcher(plain).matches()) {
                return new BigInteger(digits, 8).toString();
            }
            if (INTEGER.matcher(plain).matches()) {
                return new BigInteger(digits).toString();
            }
            if (FLOAT.matcher(plain).matches()) {
                return Double.toString(Double.parseDouble(digits));
            }
        } catch (NumberFormatException e) {
            return plain;
        }
        return plain;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
