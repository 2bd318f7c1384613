package liquibase.ext.syzygy.changelog;

import java.util.Locale;
import java.util.Map;

/**
 * Finds the line each changeset starts on in a changelog's text, because Liquibase's parsers do not keep it and CI
 * annotations (SARIF, GitHub, JUnit) need it. One forward pass per file, whatever its size: XML
 * ({@link XmlHeaders}), YAML ({@link YamlHeaders}), JSON ({@link JsonHeaders}) and formatted SQL
 * ({@link SqlHeaders}) each read every character a bounded number of times.
 *
 * <p>Best effort: a changeset it cannot find (ids built from properties, unknown formats) is simply absent.
 */
final class ChangeSetLines {

    private ChangeSetLines() {}

    /** The 1-based line of each changeset found in {@code text}, keyed by {@link #key(String, String)}. */
    static Map<String, Integer> find(String fileName, CharSequence content) {
        CharSequence text = withoutByteOrderMark(content);
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            return XmlHeaders.scan(text).lines();
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YamlHeaders.scan(text).lines();
        }
        if (lower.endsWith(".json")) {
            return JsonHeaders.scan(text).lines();
        }
        if (lower.endsWith(".sql")) {
            return SqlHeaders.scan(text).lines();
        }
        return Map.of();
    }

    /** Liquibase's readers drop a UTF-8 byte order mark; it starts no line of its own. */
    private static CharSequence withoutByteOrderMark(CharSequence text) {
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.subSequence(1, text.length()) : text;
    }

    /** The lookup key of a changeset. */
    static String key(String id, String author) {
        return id + "::" + author;
    }
}
