package liquibase.ext.syzygy.database;

import java.util.Optional;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.change.LockTimeoutChange;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.retry.LockSafety;

/**
 * Reads, at the adapter edge, the lock safety one changeset runs with: the settings, the changeset's own
 * {@code lockTimeout} directive, then a matching {@code lockTimeoutOverrides} entry.
 */
final class ChangeSetSafety {

    private ChangeSetSafety() {}

    /**
     * The safety of {@code changeSet}; empty when it sets no timeout (plain Liquibase).
     *
     * @throws LockSafetyException with the {@code INVALID_SETTING} message of a setting that cannot be read
     */
    static Optional<LockSafety> of(ChangeSet changeSet) throws LockSafetyException {
        try {
            LockSafety safety = SyzygyConfiguration.lockSafety(idOf(changeSet), base -> declared(changeSet, base));
            return safety.active() ? Optional.of(safety) : Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new LockSafetyException(e.getMessage(), null);
        }
    }

    static ChangeSetId idOf(ChangeSet changeSet) {
        return new ChangeSetId(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor());
    }

    /** {@code base} with the lock timeout of the changeset's {@code lockTimeout} directive, if it has one. */
    private static LockSafety declared(ChangeSet changeSet, LockSafety base) {
        LockSafety safety = base;
        for (Change change : changeSet.getChanges()) {
            if (change instanceof LockTimeoutChange directive) {
                safety = safety.withLockTimeout(directive.lockTimeout());
            }
        }
        return safety;
    }
}
