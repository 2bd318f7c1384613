package liquibase.ext.syzygy.changelog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line each changeset starts on in a changelog's text, because Liquibase's parsers do not keep it and CI
 * annotations need it. A plain text scan per format: XML {@code <changeSet id=".." author="..">}, YAML and JSON
 * {@code changeSet} blocks with {@code id} and {@code author}, formatted SQL {@code --changeset author:id}.
 *
 * <p>Best effort: a changeset it cannot find (ids built from properties, unknown formats) is simply absent.
 */
final class ChangeSetLines {

    private static final Pattern XML_TAG = Pattern.compile("<(?:[\\w.-]+:)?changeSet\\b([^>]*)>");
    private static final Pattern YAML_BLOCK = Pattern.compile("^[ \\t-]*['\"]?changeSet['\"]?\\s*:", Pattern.MULTILINE);
    private static final Pattern JSON_BLOCK = Pattern.compile("\"changeSet\"\\s*:");
    private static final Pattern SQL_CHANGESET = Pattern.compile(
            "^[ \\t]*--[ \\t]*changeset[ \\t]+(\"[^\"]+\"|[^:\\s]+)[ \\t]*:[ \\t]*(\"[^\"]+\"|\\S+)",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private ChangeSetLines() {}

    /** The 1-based line of each changeset found in {@code text}, keyed by {@link #key(String, String)}. */
    static Map<String, Integer> find(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            return blocks(text, XML_TAG, true, attribute("id"), attribute("author"), ChangeSetLines::xml);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return blocks(text, YAML_BLOCK, false, yamlValue("id"), yamlValue("author"), UnaryOperator.identity());
        }
        if (lower.endsWith(".json")) {
            return blocks(text, JSON_BLOCK, false, jsonValue("id"), jsonValue("author"), ChangeSetLines::json);
        }
        if (lower.endsWith(".sql")) {
            return sql(text);
        }
        return Map.of();
    }

    /** The lookup key of a changeset. */
    static String key(String id, String author) {
        return id + "::" + author;
    }

    /**
     * Each match of {@code start} opens a block, up to the next match; its first id and author values identify it.
     * For XML, the block is the start tag itself ({@code tagOnly}). Values are unescaped with {@code decode}.
     */
    private static Map<String, Integer> blocks(
            String text,
            Pattern start,
            boolean tagOnly,
            Pattern idValue,
            Pattern authorValue,
            UnaryOperator<String> decode) {
        Map<String, Integer> lines = new HashMap<>();
        Matcher matcher = start.matcher(text);
        int blockStart = -1;
        while (true) {
            boolean found = matcher.find();
            if (blockStart >= 0) {
                int end = found ? matcher.start() : text.length();
                String block = text.substring(blockStart, end);
                if (tagOnly) {
                    Matcher tag = XML_TAG.matcher(block);
                    block = tag.lookingAt() ? tag.group(1) : block;
                }
                String id = first(idValue, block);
                String author = first(authorValue, block);
                if (id != null && author != null) {
                    record(lines, text, blockStart, decode.apply(id), decode.apply(author));
                }
            }
            if (!found) {
                return lines;
            }
            blockStart = matcher.start();
        }
    }

    private static Map<String, Integer> sql(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Matcher matcher = SQL_CHANGESET.matcher(text);
        while (matcher.find()) {
            record(lines, text, matcher.start(), unquote(matcher.group(2)), unquote(matcher.group(1)));
        }
        return lines;
    }

    private static void record(Map<String, Integer> lines, String text, int offset, String id, String author) {
        lines.putIfAbsent(key(id, author), lineOf(text, offset));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String first(Pattern value, String block) {
        Matcher matcher = value.matcher(block);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static Pattern attribute(String name) {
        return Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    }

    private static Pattern yamlValue(String name) {
        return Pattern.compile(
                "^[ \\t-]*" + name + "\\s*:[ \\t]*(?:[\"']([^\"'\\n]*)[\"']|([^\\s#][^\\n#]*?))[ \\t]*(?:#.*)?$",
                Pattern.MULTILINE);
    }

    private static Pattern jsonValue(String name) {
        return Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[\\d.]+))");
    }

    private static String xml(String value) {
        return value.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String json(String value) {
        return value.replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
