package liquibase.ext.syzygy.plan;

import java.util.List;

/**
 * Plans a run over the flattened changelog and checks that it is safe: the heart of the extension.
 *
 * <p>Pure and linear in the number of changesets.
 */
public final class StagePlanner {

    private StagePlanner() {}

    /**
     * Plans the run {@code mode} over {@code changeSets} (changelog order, ran ones included).
     *
     * <p>Findings: {@code AMBIGUOUS_STAGE} and {@code UNKNOWN_STAGE} for every changeset (warnings for ran ones),
     * {@code AMBIGUOUS_PLAN} for a pre-deploy run or a cycle, {@code PRE_DEPLOY_PENDING} for a post-deploy run.
     */
    public static StagePlan plan(List<PlannedChangeSet> changeSets, RunMode mode) {
        throw new UnsupportedOperationException("pending");
    }
}
