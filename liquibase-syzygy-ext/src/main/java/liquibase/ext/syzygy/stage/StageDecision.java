package liquibase.ext.syzygy.stage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import liquibase.ext.syzygy.Stage;

/**
 * The stage resolved for one changeset, with where it came from and why.
 *
 * <p>An ambiguous decision has no stage and {@link Origin#NONE}; its {@code verdicts} list what each change
 * said, so that the error can show the user which change to move or which stage to declare.
 *
 * @param stage the stage, empty when ambiguous
 * @param origin where the stage came from
 * @param reason one sentence for people, e.g. "all changes are pre-deploy (createTable)"
 * @param verdicts the per-change verdicts (empty when inference was not needed)
 * @param remedy for an ambiguous decision, the setting that would settle it when the changeset cannot be edited
 *     (e.g. {@code Set liquibase.syzygy.stageOverrides=lib.xml::7::lib=pre-deploy ...}); else empty
 */
public record StageDecision(
        Optional<Stage> stage, Origin origin, String reason, List<ChangeVerdict> verdicts, Optional<String> remedy) {

    public StageDecision {
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(origin, "origin == null");
        Objects.requireNonNull(reason, "reason == null");
        verdicts = List.copyOf(verdicts);
        Objects.requireNonNull(remedy, "remedy == null");
        if (stage.isPresent() == (origin == Origin.NONE)) {
            throw new IllegalArgumentException("a decision has a stage exactly when its origin is not NONE");
        }
    }

    /** A decision without a remedy. */
    public StageDecision(Optional<Stage> stage, Origin origin, String reason, List<ChangeVerdict> verdicts) {
        this(stage, origin, reason, verdicts, Optional.empty());
    }

    public static StageDecision of(Stage stage, Origin origin, String reason, List<ChangeVerdict> verdicts) {
        return new StageDecision(stage.asOptional(), origin, reason, verdicts);
    }

    public static StageDecision ambiguous(String reason, List<ChangeVerdict> verdicts) {
        return new StageDecision(Optional.empty(), Origin.NONE, reason, verdicts);
    }

    /** The same decision with {@code remedy}. */
    public StageDecision withRemedy(String remedy) {
        return new StageDecision(stage, origin, reason, verdicts, Optional.of(remedy));
    }

    public boolean isAmbiguous() {
        return stage.isEmpty();
    }

    /** The stage; call only when {@link #isAmbiguous()} is false. */
    public Stage stageOrThrow() {
        return stage.orElseThrow(() -> new IllegalStateException("ambiguous: " + reason));
    }
}
