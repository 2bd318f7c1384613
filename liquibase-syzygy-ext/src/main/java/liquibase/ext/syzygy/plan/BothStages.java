package liquibase.ext.syzygy.plan;

import java.util.List;
import java.util.Set;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * A run that selects both stages applies everything in changelog order, as plain Liquibase would: no old code runs
 * between the stages, so a changeset without a clear stage, or out of stage order, cannot hurt there. Its stage
 * findings are warnings; the single-stage runs (and the CI gate) still refuse them.
 */
final class BothStages {

    /** The findings that only matter when the stages run apart. */
    private static final Set<FindingCode> STAGE_FINDINGS =
            Set.of(FindingCode.AMBIGUOUS_STAGE, FindingCode.AMBIGUOUS_PLAN);

    private BothStages() {}

    /** {@code findings} as the run {@code mode} reports them. */
    static List<Finding> relax(RunMode mode, List<Finding> findings) {
        if (mode != RunMode.BOTH) {
            return findings;
        }
        return findings.stream().map(BothStages::relax).toList();
    }

    private static Finding relax(Finding finding) {
        if (!finding.isError() || !STAGE_FINDINGS.contains(finding.code())) {
            return finding;
        }
        return finding.withText(
                        finding.message() + " This run selects both stages and applies every changeset in changelog"
                                + " order, so it is applied; a run of one stage refuses it.",
                        finding.hint())
                .asWarning();
    }
}
