package liquibase.ext.syzygy.stage;

import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;

/**
 * What the stage rules say about one change: a stage, neutral (follows its changeset), or undecidable.
 *
 * @param changeType the change type name, e.g. {@code dropColumn}
 * @param kind whether the change has a stage, is neutral or cannot be decided
 * @param stage the stage, present only for {@link Kind#STAGED}
 * @param reason why, in a few words, for messages (e.g. "drops a column old code may still read")
 */
public record ChangeVerdict(String changeType, Kind kind, Optional<Stage> stage, String reason) {

    /** The three possible answers of the stage rules for one change. */
    public enum Kind {
        STAGED,
        NEUTRAL,
        UNDECIDABLE
    }

    public ChangeVerdict {
        Objects.requireNonNull(changeType, "changeType == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(reason, "reason == null");
        if (stage.isPresent() != (kind == Kind.STAGED)) {
            throw new IllegalArgumentException("stage must be present exactly when kind is STAGED");
        }
    }

    public static ChangeVerdict staged(String changeType, Stage stage, String reason) {
        return new ChangeVerdict(changeType, Kind.STAGED, stage.asOptional(), reason);
    }

    public static ChangeVerdict neutral(String changeType, String reason) {
        return new ChangeVerdict(changeType, Kind.NEUTRAL, Optional.empty(), reason);
    }

    public static ChangeVerdict undecidable(String changeType, String reason) {
        return new ChangeVerdict(changeType, Kind.UNDECIDABLE, Optional.empty(), reason);
    }

    /** Short form for messages: {@code dropColumn: post-deploy (drops a column ...)}. */
    public String describe() {
        String what = stage.map(Stage::contextName).orElse(kind == Kind.NEUTRAL ? "neutral" : "cannot be inferred");
        return changeType + ": " + what + " (" + reason + ")";
    }
}
