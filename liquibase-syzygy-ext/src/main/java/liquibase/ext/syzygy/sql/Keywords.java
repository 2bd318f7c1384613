package liquibase.ext.syzygy.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from a statement's leading keywords, the statements whose verdict does not depend on the rest: code
 * bodies and dynamic SQL (never analysable), and {@code GRANT}, {@code REVOKE}, {@code CREATE EXTENSION} and
 * harmless session settings, whose stage is the same whatever follows. Everything else goes to the parser.
 */
final class Keywords {

    private static final String BODY = "a function body cannot be analysed";
    private static final Map<String, String> REFUSED_FIRST = Map.ofEntries(
            Map.entry("DO", "a DO block runs procedural code that cannot be analysed"),
            Map.entry("EXECUTE", "dynamic SQL cannot be analysed"),
            Map.entry("EXEC", "dynamic SQL cannot be analysed"),
            Map.entry("CALL", "a procedure call cannot be analysed"),
            Map.entry("SELECT", "a SELECT may call functions that change the database"),
            Map.entry("WITH", "a WITH query may write anywhere"),
            Map.entry("TRUNCATE", "TRUNCATE removes every row old code may still read"),
            Map.entry("VACUUM", "maintenance statements are not analysed: state the stage"),
            Map.entry("ANALYZE", "maintenance statements are not analysed: state the stage"),
            Map.entry("REINDEX", "maintenance statements are not analysed: state the stage"),
            Map.entry("CLUSTER", "maintenance statements are not analysed: state the stage"),
            Map.entry("LOCK", "a LOCK only matters inside its transaction"),
            Map.entry("COPY", "COPY moves data the classifier cannot see"),
            Map.entry("PRAGMA", "a PRAGMA changes database settings that are not analysed"),
            Map.entry("BEGIN", "transaction control inside a changeset is not analysed"),
            Map.entry("START", "transaction control inside a changeset is not analysed"),
            Map.entry("COMMIT", "transaction control inside a changeset is not analysed"),
            Map.entry("END", "transaction control inside a changeset is not analysed"),
            Map.entry("ROLLBACK", "transaction control inside a changeset is not analysed"));
    private static final Set<String> BODIES = Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "RULE", "AGGREGATE");

    /**
     * Session settings that change neither which objects later statements act on nor what old code sees (pg_dump
     * writes them at the top of every dump). {@code search_path} and {@code role} are not among them.
     */
    private static final Set<String> HARMLESS_SETTINGS = Set.of(
            "STATEMENT_TIMEOUT",
            "LOCK_TIMEOUT",
            "IDLE_IN_TRANSACTION_SESSION_TIMEOUT",
            "CLIENT_ENCODING",
            "STANDARD_CONFORMING_STRINGS",
            "CHECK_FUNCTION_BODIES",
            "XMLOPTION",
            "CLIENT_MIN_MESSAGES",
            "ROW_SECURITY",
            "DEFAULT_TABLESPACE",
            "DEFAULT_TABLE_ACCESS_METHOD",
            "DEFAULT_WITH_OIDS",
            "TRANSACTION_TIMEOUT",
            "MAINTENANCE_WORK_MEM",
            "WORK_MEM");

    private Keywords() {}

    /** The verdict when the leading keywords decide it, else empty (the statement goes to the parser). */
    static Optional<Translation> decide(String statement) {
        List<String> words = SqlText.leadingWords(statement, 5);
        if (words.isEmpty()) {
            return Optional.of(Translation.refused("the statement is not understood"));
        }
        String first = words.get(0);
        if (REFUSED_FIRST.containsKey(first)) {
            return Optional.of(Translation.refused(REFUSED_FIRST.get(first)));
        }
        return switch (first) {
            case "GRANT" -> Optional.of(Translation.understood("grant", Map.of(), "grants privileges"));
            case "REVOKE" -> Optional.of(Translation.understood("revoke", Map.of(), "revokes privileges"));
            case "SET", "RESET" -> Optional.of(setting(words));
            case "CREATE" -> create(words);
            default -> Optional.empty();
        };
    }

    private static Optional<Translation> create(List<String> words) {
        List<String> rest = words.subList(1, words.size());
        boolean orReplace =
                rest.size() >= 2 && rest.get(0).equals("OR") && rest.get(1).equals("REPLACE");
        List<String> object = orReplace ? rest.subList(2, rest.size()) : rest;
        String kind = object.isEmpty() ? "" : object.get(0);
        if (kind.equals("CONSTRAINT") && object.size() > 1) {
            kind = object.get(1);
        }
        if (BODIES.contains(kind)) {
            return Optional.of(
                    Translation.refused(kind.equals("TRIGGER") ? "a trigger's code cannot be analysed" : BODY));
        }
        if (orReplace && !kind.equals("VIEW")) {
            return Optional.of(Translation.refused("CREATE OR REPLACE replaces an object old code may use"));
        }
        if (kind.equals("EXTENSION")) {
            return Optional.of(Translation.understood("createExtension", Map.of(), "creates an extension"));
        }
        return Optional.empty();
    }

    private static Translation setting(List<String> words) {
        List<String> name = words.subList(1, words.size());
        if (!name.isEmpty() && (name.get(0).equals("SESSION") || name.get(0).equals("LOCAL"))) {
            name = name.subList(1, name.size());
        }
        String setting = name.isEmpty() ? "" : name.get(0);
        if (HARMLESS_SETTINGS.contains(setting)) {
            return Translation.understood(
                    "empty", Map.of(), "sets " + setting.toLowerCase(Locale.ROOT) + " for the session only");
        }
        return Translation.refused("SET " + setting.toLowerCase(Locale.ROOT)
                + " changes how or where later statements act, which is not analysed");
    }

    /** The statement ready for the parser: PostgreSQL's CONCURRENTLY, which JSqlParser lacks, taken out. */
    static String forParser(String statement) {
        List<String> words = SqlText.leadingWords(statement, 4);
        int at = words.indexOf("CONCURRENTLY");
        boolean index = words.contains("INDEX") && at > words.indexOf("INDEX");
        if (at > 0 && index && (words.get(0).equals("CREATE") || words.get(0).equals("DROP"))) {
            return SqlText.withoutWord(statement, at);
        }
        return SqlText.withoutLeadingComments(statement);
    }
}
