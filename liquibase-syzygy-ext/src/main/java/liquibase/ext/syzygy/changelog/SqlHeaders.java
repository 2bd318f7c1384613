package liquibase.ext.syzygy.changelog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code --changeset author:id} lines in a formatted SQL changelog, with the patterns of Liquibase's
 * {@code AbstractFormattedChangeLogParser} (4.33 and 5.0), so that every header Liquibase accepts is found: any
 * case, spaces after {@code --}, an author with spaces ({@code --changeset John Doe:42}) or quoted
 * ({@code "John Doe"}, {@code 'x:y'}), attributes after the id. Like Liquibase, it reads nothing unless the first
 * non-blank line is the {@code --liquibase formatted} header, and skips {@code --ignoreLines} ranges.
 */
final class SqlHeaders {

    private static final Pattern FIRST_LINE =
            Pattern.compile("^\\s*--\\s*liquibase\\s*formatted.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_SET = Pattern.compile(
            "\\s*--[\\s]*changeset\\s+(\"[^\"]+\"|[^:]+):\\s*(\"[^\"]+\"|\\S+).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern IGNORE_LINES = Pattern.compile("--[\\s]*ignoreLines:(\\w+)", Pattern.CASE_INSENSITIVE);

    private SqlHeaders() {}

    static HeaderLines scan(CharSequence text) {
        HeaderLines found = new HeaderLines(text);
        TextLines lines = new TextLines(text);
        Matcher header = FIRST_LINE.matcher(text);
        Matcher changeSet = CHANGE_SET.matcher(text);
        Matcher ignore = IGNORE_LINES.matcher(text);
        if (!firstLineIsHeader(text, lines, header)) {
            return found;
        }
        while (lines.next()) {
            if (on(ignore, lines)) {
                skipIgnored(lines, ignore);
            } else if (on(changeSet, lines)) {
                found.atLine(lines.number(), unquote(changeSet.group(2)), unquote(changeSet.group(1)));
            }
        }
        return found;
    }

    /** Liquibase's {@code supports}: the first line that is not blank must be the header. */
    private static boolean firstLineIsHeader(CharSequence text, TextLines lines, Matcher header) {
        while (lines.next()) {
            for (int i = lines.start(); i < lines.end(); i++) {
                if (text.charAt(i) > ' ') {
                    return on(header, lines);
                }
            }
        }
        return false;
    }

    /** Whether {@code matcher} matches the whole current line (as Liquibase's {@code matcher(line).matches()}). */
    private static boolean on(Matcher matcher, TextLines lines) {
        return matcher.region(lines.start(), lines.end()).matches();
    }

    /** {@code --ignoreLines:start} up to {@code --ignoreLines:end}, or {@code --ignoreLines:N} lines. */
    private static void skipIgnored(TextLines lines, Matcher ignore) {
        String how = ignore.group(1);
        if (how.equals("start")) {
            while (lines.next() && !(on(ignore, lines) && ignore.group(1).equals("end"))) {
                // skipped
            }
            return;
        }
        long count = how.length() < 18 && how.chars().allMatch(Character::isDigit) ? Long.parseLong(how) : 0;
        for (long i = 0; i < count && lines.next(); i++) {
            // skipped
        }
    }

    /** Liquibase's {@code StringUtil.stripEnclosingQuotes}. */
    private static String unquote(String value) {
        boolean quoted = value.length() > 1
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(0) == value.charAt(value.length() - 1);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
