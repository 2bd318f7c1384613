package liquibase.ext.syzygy.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.SqlStatement;

/**
 * The golden corpus: blocks of SQL, each with the verdict expected for every statement in it.
 *
 * <p>A block starts with {@code === <dialect> [split=false] [delimiter=X] [strip=true] <title>}, then its SQL,
 * then {@code ---}, then one line per statement: {@code L<line> <type> <property>=<value>… {<columns>}} or
 * {@code L<line> ? <reason>}. Lines starting with {@code #} outside SQL are comments.
 */
record SqlCorpus(String title, String sql, SqlOptions options, List<String> expected) {

    static List<SqlCorpus> load(String resource) {
        List<SqlCorpus> blocks = new ArrayList<>();
        String text = read(resource);
        for (String block : text.split("(?m)^=== ")) {
            if (!block.isBlank() && !block.startsWith("#")) {
                blocks.add(parse(block));
            }
        }
        return blocks;
    }

    private static SqlCorpus parse(String block) {
        String header = block.substring(0, block.indexOf('\n'));
        String body = block.substring(block.indexOf('\n') + 1);
        int separator = body.indexOf("\n---\n");
        String sql = separator < 0 ? body : body.substring(0, separator + 1);
        String expected = separator < 0 ? "" : body.substring(separator + 5);
        List<String> lines = expected.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        return new SqlCorpus(header.strip(), sql, options(header), lines);
    }

    private static SqlOptions options(String header) {
        String[] words = header.strip().split("\\s+");
        SqlDialect dialect = SqlDialect.valueOf(words[0].toUpperCase(Locale.ROOT));
        boolean split = true;
        boolean strip = false;
        String delimiter = null;
        for (String word : words) {
            if (word.equals("split=false")) {
                split = false;
            } else if (word.equals("strip=true")) {
                strip = true;
            } else if (word.startsWith("delimiter=")) {
                delimiter = word.substring("delimiter=".length());
            }
        }
        return new SqlOptions(dialect, split, delimiter, strip);
    }

    /** One statement's verdict as the corpus writes it. */
    static String render(SqlClassifier.Described described) {
        SqlStatement statement = described.statement();
        if (statement.equivalent().isEmpty()) {
            return "L" + statement.line() + " ? " + statement.reason();
        }
        var facts = statement.equivalent().get();
        Map<String, String> sorted = new TreeMap<>(described.translation().properties());
        String properties = sorted.entrySet().stream()
                .map(entry -> " " + entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining());
        List<ColumnFacts> translated = described.translation().columns();
        String columns = translated.isEmpty()
                ? ""
                : translated.stream().map(SqlCorpus::render).collect(Collectors.joining("; ", " {", "}"));
        return "L" + statement.line() + " " + facts.type() + properties + columns;
    }

    private static String render(ColumnFacts column) {
        StringBuilder text = new StringBuilder(column.name());
        if (!column.type().isEmpty()) {
            text.append(':').append(column.type());
        }
        text.append(column.nullable() ? "" : " notnull");
        text.append(column.hasDefault() ? " default" : "");
        text.append(column.primaryKey() ? " pk" : "");
        return text.toString();
    }

    private static String read(String resource) {
        try (var in = SqlCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
