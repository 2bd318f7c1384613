package liquibase.ext.syzygy.plan;

import java.util.Locale;
import liquibase.ext.syzygy.fact.ChangeSetId;

/**
 * The changelog format a changeset is written in, so that a hint shows the attribute as the user writes it there:
 * {@code context="pre-deploy"} in XML, {@code context: pre-deploy} in YAML, {@code "context": "pre-deploy"} in
 * JSON, and the changeset's own {@code --changeset author:id context:pre-deploy} line in formatted SQL.
 */
enum ChangeLogSyntax {
    XML,
    YAML,
    JSON,
    SQL;

    /** The format of {@code changeSet}'s file, by its extension (XML when it has none the enum knows). */
    static ChangeLogSyntax of(ChangeSetId changeSet) {
        String file = changeSet.file().toLowerCase(Locale.ROOT);
        if (file.endsWith(".sql")) {
            return SQL;
        }
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return YAML;
        }
        return file.endsWith(".json") ? JSON : XML;
    }

    /** The context attribute {@code contexts} of {@code changeSet}, written in this format. */
    String context(ChangeSetId changeSet, String contexts) {
        return switch (this) {
            case XML -> "context=\"" + contexts + "\"";
            case YAML -> "context: " + contexts;
            case JSON -> "\"context\": \"" + contexts + "\"";
            case SQL -> "--changeset " + changeSet.author() + ":" + changeSet.id() + " context:"
                    + (contexts.contains(" ") ? "\"" + contexts + "\"" : contexts);
        };
    }
}
