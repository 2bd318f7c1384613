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
 */
public record StageDecision(Optional<Stage> stage, Origin origin, String reason, List<ChangeVerdict> verdicts) {

    public StageDecision {
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(origin, "origin == null");
        Objects.requireNonNull(reason, "reason == null");
        verdicts = List.copyOf(verdicts);
        if (stage.isPresent() == (origin == Origin.NONE)) {
            throw new IllegalArgumentException("a decision has a stage exactly when its origin is not NONE");
        }
    }

    public static StageDecision of(Stage stage, Origin origin, String reason, List<ChangeVerdict> verdicts) {
        return new StageDecision(Optional.of(stage), origin, reason, verdicts);
    }

    public static StageDecision ambiguous(String reason, List<ChangeVerdict> verdicts) {
        return new StageDecision(Optional.empty(), Origin.NONE, reason, verdicts);
    }

    public boolean isAmbiguous() {
        return stage.isEmpty();
    }

    /** The stage; call only when {@link #isAmbiguous()} is false. */
    public Stage stageOrThrow() {
        return stage.orElseThrow(() -> new IllegalStateException("ambiguous: " + reason));
    }
}
