package liquibase.ext.syzygy.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.Effect;
import liquibase.ext.syzygy.fact.Touch;

/**
 * The objects and columns a changeset touches, from its changes' typed effects.
 *
 * <p>Conservative by design: an effect whose objects are unknown (raw SQL not understood, custom changes, a change
 * that names no object) touches "anything", so the plan check treats it as depending on everything.
 */
public final class Footprints {

    private Footprints() {}

    /** The footprint of a changeset made of {@code changes}. */
    public static Footprint of(List<ChangeFacts> changes) {
        Set<Touch> touches = new HashSet<>();
        for (ChangeFacts change : changes) {
            for (Effect effect : change.effects()) {
                if (effect instanceof Effect.Unknown unknown && unknown.mayTouchAnything()) {
                    return new Footprint(touches, true);
                }
                touches.addAll(effect.touches());
            }
        }
        return new Footprint(touches, false);
    }
}
