package io.github.liquibasesyzygy.bench.parse;

import io.github.liquibasesyzygy.bench.XmlChangelog;
import io.github.liquibasesyzygy.bench.parse.Changelogs.ChangeSetSpec;
import io.github.liquibasesyzygy.bench.parse.Changelogs.ChangeSpec;
import io.github.liquibasesyzygy.bench.parse.Changelogs.ColumnSpec;
import java.util.List;
import java.util.Map;

/** Writes {@link Changelogs}' changesets as Liquibase XML or YAML text; kept apart so the generator stays short. */
final class Emit {

    private Emit() {}

    static String xmlRoot(List<String> parts) {
        StringBuilder out = new StringBuilder(XmlChangelog.HEADER);
        parts.forEach(
                p -> out.append("    <include file=\"").append(p).append("\" relativeToChangelogFile=\"true\"/>\n"));
        return out.append("</databaseChangeLog>\n").toString();
    }

    static String yamlRoot(List<String> parts) {
        StringBuilder out = new StringBuilder("databaseChangeLog:\n");
        parts.forEach(p ->
                out.append("  - include:\n      file: ").append(p).append("\n      relativeToChangelogFile: true\n"));
        return out.toString();
    }

    static String xml(List<ChangeSetSpec> changeSets) {
        StringBuilder out = new StringBuilder(XmlChangelog.HEADER);
        for (ChangeSetSpec cs : changeSets) {
            out.append("    <changeSet id=\"").append(cs.id()).append("\" author=\"bench\"");
            if (cs.context() != null) {
                out.append(" context=\"").append(cs.context()).append('"');
            }
            out.append(">\n");
            for (ChangeSpec change : cs.changes()) {
                String tag = (change.syzygy ? "syzygy:" : "") + change.type;
                out.append("        <").append(tag).append(xmlAttrs(change.attrs));
                if (change.columns.isEmpty() && change.body == null) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">");
                if (change.body != null && change.bodyXmlElement == null) {
                    out.append(escape(change.body)).append("</").append(tag).append(">\n");
                    continue;
                }
                out.append('\n');
                for (ColumnSpec column : change.columns) {
                    out.append("            <column").append(xmlAttrs(column.attrs));
                    if (column.nullable == null) {
                        out.append("/>\n");
                    } else {
                        out.append("><constraints nullable=\"")
                                .append(column.nullable)
                                .append("\"/></column>\n");
                    }
                }
                if (change.body != null) {
                    out.append("            <").append(change.bodyXmlElement).append('>');
                    out.append(escape(change.body))
                            .append("</")
                            .append(change.bodyXmlElement)
                            .append(">\n");
                }
                out.append("        </").append(tag).append(">\n");
            }
            out.append("    </changeSet>\n");
        }
        return out.append("</databaseChangeLog>\n").toString();
    }

    static String yaml(List<ChangeSetSpec> changeSets) {
        StringBuilder out = new StringBuilder("databaseChangeLog:\n");
        for (ChangeSetSpec cs : changeSets) {
            out.append("  - changeSet:\n      id: ").append(cs.id()).append("\n      author: bench\n");
            if (cs.context() != null) {
                out.append("      context: ").append(cs.context()).append('\n');
            }
            out.append("      changes:\n");
            for (ChangeSpec change : cs.changes()) {
                out.append("        - ").append(change.type).append(":\n");
                change.attrs.forEach((k, v) -> out.append("            ")
                        .append(k)
                        .append(": ")
                        .append(quote(v))
                        .append('\n'));
                if (change.body != null) {
                    out.append("            ")
                            .append(change.bodyYamlKey)
                            .append(": ")
                            .append(quote(change.body))
                            .append('\n');
                }
                if (!change.columns.isEmpty()) {
                    out.append("            columns:\n");
                    for (ColumnSpec column : change.columns) {
                        out.append("              - column:\n");
                        column.attrs.forEach((k, v) -> out.append("                  ")
                                .append(k)
                                .append(": ")
                                .append(quote(v))
                                .append('\n'));
                        if (column.nullable != null) {
                            out.append("                  constraints:\n                    nullable: ")
                                    .append(column.nullable)
                                    .append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static String xmlAttrs(Map<String, String> attrs) {
        StringBuilder out = new StringBuilder();
        attrs.forEach((k, v) ->
                out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
