package liquibase.ext.syzygy.plan;

import java.util.Set;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * A database where none of the changelog has run: no old code runs against it, so the stage split protects nothing
 * there, and the stage findings say so and give the one update that installs everything.
 */
public final class FreshInstall {

    /** The findings that only matter because old code might run between the stages. */
    private static final Set<FindingCode> STAGE_FINDINGS = Set.of(
            FindingCode.AMBIGUOUS_STAGE,
            FindingCode.AMBIGUOUS_PLAN,
            FindingCode.PRE_DEPLOY_PENDING,
            FindingCode.NO_STAGE_SELECTED);

    /** The contexts that select both stages. */
    public static final String BOTH_STAGES = "pre-deploy,post-deploy";

    private FreshInstall() {}

    /** Whether none of {@code plan}'s changesets has run (an empty DATABASECHANGELOG, or none of its rows). */
    public static boolean isFresh(StagePlan plan) {
        return plan.entries().stream().noneMatch(entry -> entry.changeSet().ran());
    }

    /** {@code plan}, its stage errors saying that the database is new when it is, with the command for it. */
    public static StagePlan annotate(StagePlan plan, EntryPoint entryPoint) {
        if (!isFresh(plan)) {
            return plan;
        }
        return new StagePlan(
                plan.mode(),
                plan.entries(),
                plan.findings().stream().map(f -> annotate(f, entryPoint)).toList());
    }

    /** {@code finding} on a fresh install: the fact, then the update that installs everything, then the old hint. */
    public static Finding annotate(Finding finding, EntryPoint entryPoint) {
        if (!finding.isError() || !STAGE_FINDINGS.contains(finding.code())) {
            return finding;
        }
        return finding.withText(
                finding.message() + " This is a fresh install: none of the changelog has run, so no old code runs"
                        + " against this database yet.",
                "To install everything in changelog order, run " + entryPoint.update(BOTH_STAGES)
                        + ". For a database that old code uses: " + finding.hint());
    }
}
