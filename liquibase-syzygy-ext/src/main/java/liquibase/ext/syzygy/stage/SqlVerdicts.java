package liquibase.ext.syzygy.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.SqlStatement;

/**
 * The verdict of a raw-SQL change from its statements: each statement gets the verdict of its equivalent change,
 * and the change is undecidable as soon as one statement is not understood or the statements mix stages. Never a
 * guess: the reason quotes the statement and its line.
 */
final class SqlVerdicts {

    private SqlVerdicts() {}

    /**
     * The combined verdict of {@code change}'s statements, judging each understood statement's equivalent change
     * with {@code judge}, in order.
     */
    static ChangeVerdict combine(ChangeFacts change, Function<ChangeFacts, ChangeVerdict> judge) {
        List<String> pre = new ArrayList<>();
        List<String> post = new ArrayList<>();
        for (SqlStatement statement : change.statements()) {
            if (statement.equivalent().isEmpty()) {
                return undecidable(change, statement, statement.reason());
            }
            ChangeVerdict verdict = judge.apply(statement.equivalent().get());
            if (verdict.kind() == ChangeVerdict.Kind.UNDECIDABLE) {
                return undecidable(change, statement, verdict.reason());
            }
            verdict.stage().ifPresent(stage -> (stage == Stage.PRE_DEPLOY ? pre : post).add(summary(statement)));
        }
        if (!pre.isEmpty() && !post.isEmpty()) {
            return ChangeVerdict.undecidable(
                    change.type(),
                    "its statements mix stages: pre-deploy " + String.join(", ", pre) + "; post-deploy "
                            + String.join(", ", post));
        }
        if (pre.isEmpty() && post.isEmpty()) {
            return ChangeVerdict.neutral(change.type(), "its statements change nothing old code relies on");
        }
        Stage stage = pre.isEmpty() ? Stage.POST_DEPLOY : Stage.PRE_DEPLOY;
        return ChangeVerdict.staged(
                change.type(),
                stage,
                "its statements are " + stage + ": "
                        + (pre.isEmpty() ? post : pre).stream().collect(Collectors.joining(", ")));
    }

    private static ChangeVerdict undecidable(ChangeFacts change, SqlStatement statement, String why) {
        return ChangeVerdict.undecidable(
                change.type(), "line " + statement.line() + " of its SQL, '" + statement.quoted() + "': " + why);
    }

    private static String summary(SqlStatement statement) {
        return statement.reason() + " (line " + statement.line() + ")";
    }
}
