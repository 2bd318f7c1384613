package liquibase.ext.syzygy.quorum;

import java.util.Objects;

/**
 * One pending changeset of a deployer's plan.
 *
 * @param changeSet {@code file::id::author}
 * @param checksum Liquibase's checksum of the changeset, latest checksum version
 */
public record PlanItem(String changeSet, String checksum) {

    public PlanItem {
        Objects.requireNonNull(changeSet, "changeSet == null");
        Objects.requireNonNull(checksum, "checksum == null");
        if (changeSet.contains("\t") || changeSet.contains("\n") || checksum.contains("\t")) {
            throw new IllegalArgumentException("tab or newline in a plan item: " + changeSet);
        }
    }

    @Override
    public String toString() {
        return changeSet + " (checksum " + checksum + ")";
    }
}
