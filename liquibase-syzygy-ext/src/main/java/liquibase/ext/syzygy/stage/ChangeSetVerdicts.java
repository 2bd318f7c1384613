package liquibase.ext.syzygy.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Effect;
import liquibase.ext.syzygy.fact.Touch;

/**
 * The verdict of each change of one changeset, read in order, so that a change can be judged by what the same
 * changeset did before it.
 *
 * <p>Two rules go beyond {@link ChangeStageRules}:
 *
 * <ul>
 *   <li>A change that acts only on tables this changeset creates, or on columns it adds, is pre-deploy whatever its
 *       type: no old code can know a table or column that does not exist yet. Generators write
 *       {@code createTable} followed by {@code addNotNullConstraint}, {@code dropDefaultValue}, {@code createIndex}
 *       on that table, which would otherwise mix stages.
 *   <li>A raw-SQL change is judged statement by statement, each by the rule of its equivalent change; it is
 *       undecidable when a statement is not understood or when its statements mix stages.
 * </ul>
 */
public final class ChangeSetVerdicts {

    private ChangeSetVerdicts() {}

    /** One verdict per change of {@code changes}, in order. */
    public static List<ChangeVerdict> of(List<ChangeFacts> changes) {
        ChangeVerdict[] verdicts = new ChangeVerdict[changes.size()];
        // Most changesets hold one change of one statement: nothing can come after a creation there.
        NewObjects created = needsTracking(changes) ? new NewObjects() : null;
        for (int i = 0; i < verdicts.length; i++) {
            ChangeFacts change = changes.get(i);
            if (change.statements().isEmpty()) {
                verdicts[i] = unitVerdict(change, created);
                if (created != null) {
                    created.record(change.effects());
                }
            } else {
                verdicts[i] = SqlVerdicts.combine(change, statement -> {
                    ChangeVerdict verdict = unitVerdict(statement, created);
                    if (created != null) {
                        created.record(statement.effects());
                    }
                    return verdict;
                });
            }
        }
        return List.of(verdicts);
    }

    private static boolean needsTracking(List<ChangeFacts> changes) {
        return changes.size() > 1
                || (changes.size() == 1 && changes.get(0).statements().size() > 1);
    }

    /**
     * The rule's verdict for one change, or pre-deploy when it acts only on what this changeset created before it.
     * {@code created} is null for the first change of a changeset (nothing was created before it).
     */
    static ChangeVerdict unitVerdict(ChangeFacts change, NewObjects created) {
        ChangeVerdict verdict = ChangeStageRules.verdict(change);
        if (created == null
                || verdict.stage().orElse(null) == Stage.PRE_DEPLOY
                || verdict.kind() == ChangeVerdict.Kind.NEUTRAL) {
            return verdict;
        }
        return created.what(change.effects())
                .map(what -> ChangeVerdict.staged(
                        change.type(), Stage.PRE_DEPLOY, "on " + what + ", which no old code uses yet"))
                .orElse(verdict);
    }

    /** The tables created and columns added so far in one changeset. */
    static final class NewObjects {
        private final List<DbObject> tables = new ArrayList<>();
        private final List<Touch> columns = new ArrayList<>();

        void record(List<Effect> effects) {
            for (Effect effect : effects) {
                if (effect instanceof Effect.CreateTable create) {
                    tables.add(create.table());
                } else if (effect instanceof Effect.AddColumns add) {
                    add.touches().forEach(columns::add);
                } else if (effect instanceof Effect.DropTable || effect instanceof Effect.Unknown) {
                    tables.clear();
                    columns.clear();
                }
            }
        }

        /**
         * What the effects act on ("a table this changeset creates", ...) when every effect acts only on tables or columns created here, else empty. Unknown
         * effects and effects that touch nothing never qualify.
         */
        Optional<String> what(List<Effect> effects) {
            boolean onlyNewTables = true;
            boolean any = false;
            for (Effect effect : effects) {
                if (effect instanceof Effect.Unknown) {
                    return Optional.empty();
                }
                for (Touch touch : effect.touches()) {
                    any = true;
                    boolean newTable = isNewTable(touch.object());
                    if (!newTable && !isNewColumn(touch)) {
                        return Optional.empty();
                    }
                    onlyNewTables &= newTable;
                }
            }
            if (!any) {
                return Optional.empty();
            }
            return Optional.of(onlyNewTables ? "a table this changeset creates" : "a column this changeset adds");
        }

        private boolean isNewTable(DbObject object) {
            return tables.contains(object);
        }

        private boolean isNewColumn(Touch touch) {
            return touch.column().isPresent() && columns.contains(touch);
        }
    }
}
