package io.github.liquibasesyzygy.bench.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates large, deterministic changelogs (a root file including several part files, in XML or YAML), so that
 * parse and plan costs are measured on realistic input of a chosen size rather than on the small samples.
 *
 * <p>Each group of changesets works on its own table: create it, add columns, index it, write rows, add a view,
 * then (post-deploy) drop what it made obsolete. {@link Flavor#PLAN} also has the staged change types, raw SQL and
 * changes to tables the changelog never creates (an adopted database), which is what the plan checks work on;
 * {@link Flavor#PORTABLE} keeps to core change types that plain Liquibase runs on SQLite and PostgreSQL, and
 * {@link Flavor#HAND_STAGED} is the same changelog with every changeset's stage written by hand as its context, as a
 * team staging without the extension would write it.
 */
public final class Changelogs {

    /** The file format of every file of a generated changelog. */
    public enum Format {
        XML("xml"),
        YAML("yaml");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The format whose name or extension is {@code name}. */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Which change types the changelog uses. */
    public enum Flavor {
        PLAN,
        PORTABLE,
        HAND_STAGED
    }

    private Changelogs() {}

    /** How many changesets at the end of a changelog of {@code size} a plan benchmark leaves pending: 10%. */
    public static int pendingOf(int size) {
        return Math.max(1, size / 10);
    }

    /**
     * Writes a changelog of exactly {@code size} changesets under {@code dir}, at most {@code perFile} per part
     * file, and returns the root file's path relative to {@code dir} (use {@code dir} as the search path).
     *
     * <p>Groups starting before changeset number {@code rawSqlBefore} also get a raw {@code sql} changeset. Raw SQL
     * may touch anything, so pending raw SQL after a pending post-deploy changeset is (rightly) an error: keep it
     * in the history, i.e. before the changesets that a benchmark leaves pending.
     */
    public static String generate(Path dir, Format format, Flavor flavor, int size, int perFile, int rawSqlBefore) {
        try {
            Files.createDirectories(dir.resolve("parts"));
            List<String> parts = new ArrayList<>();
            List<ChangeSetSpec> buffer = new ArrayList<>();
            int written = 0;
            for (int group = 1; written < size; group++) {
                for (ChangeSetSpec changeSet : group(group, flavor, written < rawSqlBefore)) {
                    if (written == size) {
                        break;
                    }
                    buffer.add(changeSet);
                    written++;
                    if (buffer.size() == perFile) {
                        parts.add(writePart(dir, format, parts.size() + 1, buffer));
                        buffer.clear();
                    }
                }
            }
            if (!buffer.isEmpty()) {
                parts.add(writePart(dir, format, parts.size() + 1, buffer));
            }
            String root = "changelog." + format.extension;
            Files.writeString(dir.resolve(root), format == Format.XML ? Emit.xmlRoot(parts) : Emit.yamlRoot(parts));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writePart(Path dir, Format format, int index, List<ChangeSetSpec> changeSets)
            throws IOException {
        String name = String.format("parts/part-%04d.%s", index, format.extension);
        Files.writeString(dir.resolve(name), format == Format.XML ? Emit.xml(changeSets) : Emit.yaml(changeSets));
        return name;
    }

    /** The changesets of group {@code g}: pre-deploy ones first, then the post-deploy ones. */
    static List<ChangeSetSpec> group(int g, Flavor flavor, boolean rawSql) {
        String t = "t_" + g;
        String old = "old_" + g;
        List<ChangeSetSpec> pre = new ArrayList<>();
        List<ChangeSetSpec> post = new ArrayList<>();
        pre.add(cs(
                g,
                "create",
                null,
                change("createTable", "tableName", t)
                        .column(col("id", "int", false))
                        .column(col("name", "varchar(100)", false))
                        .column(col("created", "date", true))));
        if (flavor == Flavor.PLAN) {
            pre.add(cs(
                    g,
                    "add-email",
                    null,
                    change("addColumn", "tableName", t).column(col("email", "varchar(200)", true))));
        } else {
            // Liquibase's SQLite addColumn rebuilds the table from a snapshot of the whole database, whose query
            // exceeds SQLite's 500-term compound SELECT limit once a few hundred tables and views exist (which a
            // pre-deploy run reaches sooner, as it leaves the drops to post-deploy): a core limit, so kept out.
            pre.add(cs(
                    g,
                    "add-email",
                    null,
                    change("createTable", "tableName", "e_" + g).column(col("email", "varchar(200)", true))));
        }
        pre.add(cs(
                g,
                "ix-name",
                null,
                change("createIndex", "tableName", t, "indexName", "ix_" + t + "_name")
                        .column(col("name", null, null))));
        pre.add(cs(
                g,
                "rows",
                null,
                change("insert", "tableName", t)
                        .column(value("id", "valueNumeric", "1"))
                        .column(value("name", "value", "a")),
                change("insert", "tableName", t)
                        .column(value("id", "valueNumeric", "2"))
                        .column(value("name", "value", "b"))));
        pre.add(cs(
                g,
                "fill",
                null,
                change("update", "tableName", t)
                        .column(value("name", "value", "z"))
                        .body("where", "where", "id = 1")));
        if (rawSql) {
            pre.add(cs(
                    g,
                    "touch",
                    "pre-deploy",
                    change("sql").body("sql", null, "UPDATE " + t + " SET name = name WHERE id = 2")));
        }
        pre.add(cs(g, "old", null, change("createTable", "tableName", old).column(col("id", "int", true))));
        pre.add(cs(
                g,
                "view",
                null,
                change("createView", "viewName", "v_" + g).body("selectQuery", null, "SELECT id, name FROM " + t)));
        post.add(cs(g, "drop-view", null, change("dropView", "viewName", "v_" + g)));
        post.add(cs(g, "drop-old", null, change("dropTable", "tableName", old)));
        if (flavor == Flavor.PLAN) {
            pre.add(cs(
                    g,
                    "staged",
                    null,
                    change("addColumnStaged", "tableName", t)
                            .syzygy()
                            .column(col("status", "varchar(20)", false).with("defaultValue", "new"))));
            pre.add(cs(
                    g,
                    "pre-remove",
                    null,
                    change("preRemoveColumn", "tableName", t, "columnName", "created")
                            .syzygy()));
            pre.add(cs(
                    g,
                    "legacy",
                    null,
                    change("addColumn", "tableName", "legacy_" + (g % 50)).column(col("c_" + g, "varchar(10)", true))));
            post.add(cs(
                    g,
                    "post-add",
                    null,
                    change("postAddColumn", "tableName", t, "columnName", "status")
                            .syzygy()));
            post.add(cs(g, "drop-created", null, change("dropColumn", "tableName", t, "columnName", "created")));
        }
        List<ChangeSetSpec> all = new ArrayList<>();
        for (ChangeSetSpec changeSet : pre) {
            all.add(flavor == Flavor.HAND_STAGED ? changeSet.withStage("pre-deploy") : changeSet);
        }
        for (ChangeSetSpec changeSet : post) {
            all.add(flavor == Flavor.HAND_STAGED ? changeSet.withStage("post-deploy") : changeSet);
        }
        return all;
    }

    private static ChangeSetSpec cs(int g, String name, String context, ChangeSpec... changes) {
        return new ChangeSetSpec("g" + g + "-" + name, context, List.of(changes));
    }

    private static ChangeSpec change(String type, String... attrs) {
        ChangeSpec change = new ChangeSpec(type);
        for (int i = 0; i < attrs.length; i += 2) {
            change.attrs.put(attrs[i], attrs[i + 1]);
        }
        return change;
    }

    private static ColumnSpec col(String name, String type, Boolean nullable) {
        ColumnSpec column = new ColumnSpec(nullable);
        column.attrs.put("name", name);
        if (type != null) {
            column.attrs.put("type", type);
        }
        return column;
    }

    private static ColumnSpec value(String name, String kind, String value) {
        return col(name, null, null).with(kind, value);
    }

    /** A changeset to write: id, optional context, changes. */
    record ChangeSetSpec(String id, String context, List<ChangeSpec> changes) {

        /** This changeset with {@code stage} as its context, unless it already names one. */
        ChangeSetSpec withStage(String stage) {
            return context != null ? this : new ChangeSetSpec(id, stage, changes);
        }
    }

    /** A change to write: its type, attributes, columns and optional body (text or nested element). */
    static final class ChangeSpec {
        final String type;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<ColumnSpec> columns = new ArrayList<>();
        boolean syzygy;
        String bodyYamlKey;
        String bodyXmlElement;
        String body;

        ChangeSpec(String type) {
            this.type = type;
        }

        ChangeSpec column(ColumnSpec column) {
            columns.add(column);
            return this;
        }

        ChangeSpec syzygy() {
            syzygy = true;
            return this;
        }

        /** A body: the YAML key, the XML child element (null for the element's own text) and the text. */
        ChangeSpec body(String yamlKey, String xmlElement, String text) {
            bodyYamlKey = yamlKey;
            bodyXmlElement = xmlElement;
            body = text;
            return this;
        }
    }

    /** A column to write: attributes and, when not null, a nullable constraint. */
    static final class ColumnSpec {
        final Map<String, String> attrs = new LinkedHashMap<>();
        final Boolean nullable;

        ColumnSpec(Boolean nullable) {
            this.nullable = nullable;
        }

        ColumnSpec with(String key, String value) {
            attrs.put(key, value);
            return this;
        }
    }
}
