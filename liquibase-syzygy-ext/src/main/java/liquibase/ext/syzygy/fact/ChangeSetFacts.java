package liquibase.ext.syzygy.fact;

import java.util.List;
import java.util.Objects;

/**
 * A changeset reduced to the plain values that stage resolution needs.
 *
 * @param id the changeset's {@code file::id::author}
 * @param contextExpression the changeset's own context expression as written (empty when none)
 * @param inheritedContextExpressions context expressions inherited from enclosing changelogs and includes
 * @param changes the changeset's changes, in order
 * @param fromJar whether the changelog was loaded from inside a jar (a changelog the user does not own)
 */
public record ChangeSetFacts(
        ChangeSetId id,
        String contextExpression,
        List<String> inheritedContextExpressions,
        List<ChangeFacts> changes,
        boolean fromJar) {

    public ChangeSetFacts {
        Objects.requireNonNull(id, "id == null");
        contextExpression = contextExpression == null ? "" : contextExpression.trim();
        inheritedContextExpressions = List.copyOf(inheritedContextExpressions);
        changes = List.copyOf(changes);
    }
}
