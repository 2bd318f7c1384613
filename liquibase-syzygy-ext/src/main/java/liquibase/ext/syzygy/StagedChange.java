package liquibase.ext.syzygy;

/**
 * Implemented by a Liquibase {@code Change} class that knows its own deployment stage.
 *
 * <p>The classifier infers stages for the change types that Liquibase core ships and refuses to guess for
 * anything else. A change type of this extension, or of a third party, implements this interface to take part
 * in inference instead of making every changeset that uses it ambiguous. The method is deliberately not a
 * bean getter, so that Liquibase does not see it as a change property (which would alter checksums).
 */
public interface StagedChange {

    /** The stage in which this change is safe to run during a rolling deploy. */
    Stage syzygyStage();
}
