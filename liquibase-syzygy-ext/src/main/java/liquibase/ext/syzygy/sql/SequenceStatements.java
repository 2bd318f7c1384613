package liquibase.ext.syzygy.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads PostgreSQL's {@code CREATE SEQUENCE} and {@code ALTER SEQUENCE} (as pg_dump writes them: {@code AS integer},
 * {@code NO MINVALUE}, {@code OWNED BY t.id}), whose options JSqlParser's Oracle-style sequence grammar rejects.
 * Every word must be one of PostgreSQL's sequence options, else the statement goes to the parser (and is not
 * understood there): {@code ALTER SEQUENCE … RENAME TO}, {@code SET SCHEMA} or {@code OWNER TO} never match.
 */
final class SequenceStatements {

    private static final String PART = "(?:\"[^\"\\s]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final Pattern NAME = Pattern.compile(PART + "(?:\\." + PART + ")?");
    private static final Pattern COLUMN = Pattern.compile(PART + "(?:\\." + PART + "){1,2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Set<String> TYPES = Set.of("SMALLINT", "INTEGER", "INT", "BIGINT");

    private SequenceStatements() {}

    /** The equivalent change of a sequence statement made only of PostgreSQL sequence options, if it is one. */
    static Optional<Translation> read(String statement, SqlDialect dialect) {
        String text = SqlText.withoutLeadingComments(statement);
        if (dialect != SqlDialect.POSTGRESQL || text.contains("--") || text.contains("/*")) {
            return Optional.empty();
        }
        List<String> words = List.of(text.split("\\s+"));
        boolean create = starts(words, "CREATE", "SEQUENCE");
        if (!create && !starts(words, "ALTER", "SEQUENCE")) {
            return Optional.empty();
        }
        int at = 2;
        if (create && starts(words.subList(at, words.size()), "IF", "NOT", "EXISTS")) {
            at += 3;
        } else if (!create && starts(words.subList(at, words.size()), "IF", "EXISTS")) {
            at += 2;
        }
        if (at >= words.size() || !NAME.matcher(words.get(at)).matches() || !options(words, at + 1, create)) {
            return Optional.empty();
        }
        String[] parts = words.get(at).split("\\.");
        Name name = parts.length == 2
                ? new Name(Name.unquote(parts[0]), Name.unquote(parts[1]))
                : new Name(null, Name.unquote(parts[0]));
        Map<String, String> properties = name.properties("sequenceName", "schemaName");
        return Optional.of(
                create
                        ? Translation.understood("createSequence", properties, "creates sequence " + name.display())
                        : Translation.understood("alterSequence", properties, "alters sequence " + name.display()));
    }

    private static boolean options(List<String> words, int from, boolean create) {
        int i = from;
        if (!create && i >= words.size()) {
            return false;
        }
        while (i < words.size()) {
            int next = option(words, i);
            if (next <= i) {
                return false;
            }
            i = next;
        }
        return true;
    }

    // The index after the option starting at i, or i when no option starts there.
    private static int option(List<String> words, int i) {
        String word = upper(words, i);
        return switch (word) {
            case "AS" -> TYPES.contains(upper(words, i + 1)) ? i + 2 : i;
            case "INCREMENT" -> number(words, upper(words, i + 1).equals("BY") ? i + 2 : i + 1);
            case "MINVALUE", "MAXVALUE", "CACHE" -> number(words, i + 1);
            case "START" -> number(words, upper(words, i + 1).equals("WITH") ? i + 2 : i + 1);
            case "RESTART" -> restart(words, i);
            case "NO" -> Set.of("MINVALUE", "MAXVALUE", "CYCLE").contains(upper(words, i + 1)) ? i + 2 : i;
            case "CYCLE" -> i + 1;
            case "OWNED" -> owned(words, i);
            default -> i;
        };
    }

    private static int restart(List<String> words, int i) {
        if (upper(words, i + 1).equals("WITH")) {
            return number(words, i + 2);
        }
        return i + 1 < words.size() && NUMBER.matcher(words.get(i + 1)).matches() ? i + 2 : i + 1;
    }

    private static int owned(List<String> words, int i) {
        if (!upper(words, i + 1).equals("BY") || i + 2 >= words.size()) {
            return i;
        }
        String owner = words.get(i + 2);
        return owner.equalsIgnoreCase("NONE") || COLUMN.matcher(owner).matches() ? i + 3 : i;
    }

    private static int number(List<String> words, int at) {
        return at < words.size() && NUMBER.matcher(words.get(at)).matches() ? at + 1 : -1;
    }

    private static boolean starts(List<String> words, String... expected) {
        if (words.size() < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!words.get(i).equalsIgnoreCase(expected[i])) {
                return false;
            }
        }
        return true;
    }

    private static String upper(List<String> words, int at) {
        return at < words.size() ? words.get(at).toUpperCase(Locale.ROOT) : "";
    }
}
