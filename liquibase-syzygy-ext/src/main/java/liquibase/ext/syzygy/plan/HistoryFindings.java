package liquibase.ext.syzygy.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.stage.StagePattern;

/**
 * Findings about changesets that already ran: they will not run again, so they are warnings, and a changelog
 * adopted after years of plain Liquibase has dozens of them. A run reports them as one {@code HISTORY_UNSTAGED}
 * line with the fallback entry that silences them; {@code stage-plan} keeps the details. Their hints never say
 * "edit the changeset" (that would change its checksum): they name the setting entry, ready to paste.
 */
public final class HistoryFindings {

    private HistoryFindings() {}

    /** Whether {@code finding} is about one of the {@code ran} changesets (and therefore only a warning). */
    public static boolean isHistory(Finding finding, Set<ChangeSetId> ran) {
        return !finding.isError() && finding.changeSet().filter(ran::contains).isPresent();
    }

    /** The ids of the changesets of {@code plan} that already ran. */
    public static Set<ChangeSetId> ran(StagePlan plan) {
        return plan.entries().stream()
                .filter(entry -> entry.changeSet().ran())
                .map(entry -> entry.changeSet().id())
                .collect(Collectors.toSet());
    }

    /** The history findings of {@code plan}, in plan order. */
    public static List<Finding> of(StagePlan plan) {
        Set<ChangeSetId> ran = ran(plan);
        return plan.findings().stream().filter(f -> isHistory(f, ran)).toList();
    }

    /** {@code plan} without its history findings (what CI reports show unless asked for history). */
    public static StagePlan without(StagePlan plan) {
        Set<ChangeSetId> ran = ran(plan);
        return new StagePlan(
                plan.mode(),
                plan.entries(),
                plan.findings().stream().filter(f -> !isHistory(f, ran)).toList());
    }

    /** {@code plan} with the hints of its history findings naming the {@code fallbacksKey} entry to paste. */
    public static StagePlan withSettingHints(StagePlan plan, String fallbacksKey) {
        Set<ChangeSetId> ran = ran(plan);
        String all = entry(fallbacksKey, fallbackGlob(ran));
        return new StagePlan(
                plan.mode(),
                plan.entries(),
                plan.findings().stream()
                        .map(f -> isHistory(f, ran) ? withSettingHint(f, fallbacksKey, all) : f)
                        .toList());
    }

    private static Finding withSettingHint(Finding finding, String fallbacksKey, String all) {
        ChangeSetId id = finding.changeSet().orElseThrow();
        String hint = finding.code() == FindingCode.AMBIGUOUS_STAGE
                ? "It already ran, so do not edit it (its checksum would change): set '"
                        + entry(fallbacksKey, StagePattern.exact(id))
                        + "' to record its stage, or '" + all + "' for every changeset that already ran."
                : "It already ran, so leave it as it is (editing it would change its checksum): its contexts only"
                        + " matter if it is rolled back.";
        return new Finding(finding.code(), finding.severity(), finding.changeSet(), finding.message(), hint);
    }

    /**
     * The one line a run prints for all of {@code plan}'s history findings, if it has any: how many, of which
     * codes, and the {@code fallbacksKey} entry that stages them all.
     */
    public static Optional<Finding> summary(StagePlan plan, String fallbacksKey) {
        List<Finding> history = of(plan);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Map<FindingCode, Long> byCode =
                new TreeMap<>(history.stream().collect(Collectors.groupingBy(Finding::code, Collectors.counting())));
        List<ChangeSetId> unstaged = history.stream()
                .filter(f -> f.code() == FindingCode.AMBIGUOUS_STAGE)
                .flatMap(f -> f.changeSet().stream())
                .distinct()
                .toList();
        long changeSets = history.stream().map(Finding::changeSet).distinct().count();
        String message = changeSets
                + (changeSets == 1 ? " changeset that already ran does" : " changesets that" + " already ran do")
                + " not pass today's stage checks ("
                + byCode.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + "); they do not run again, so this is only a warning.";
        String details = "'liquibase stage-plan --show-ran' lists each of them.";
        String hint = unstaged.isEmpty()
                ? "Leave them as they are (editing them would change their checksums); " + details
                : "To silence it without editing them, set '" + entry(fallbacksKey, fallbackGlob(unstaged)) + "'; "
                        + details;
        return Optional.of(
                new Finding(FindingCode.HISTORY_UNSTAGED, Severity.WARNING, Optional.empty(), message, hint));
    }

    /**
     * The narrowest path pattern covering every file of {@code changeSets}: the file itself when they share one,
     * else their common directory followed by {@code **} ({@code **} alone when they share none).
     */
    public static String fallbackGlob(Collection<ChangeSetId> changeSets) {
        List<String> files = changeSets.stream()
                .map(id -> StagePattern.normalize(id.file()))
                .distinct()
                .sorted()
                .toList();
        if (files.isEmpty()) {
            return "**";
        }
        if (files.size() == 1) {
            return files.get(0);
        }
        String first = files.get(0);
        String last = files.get(files.size() - 1);
        int common = 0;
        while (common < Math.min(first.length(), last.length()) && first.charAt(common) == last.charAt(common)) {
            common++;
        }
        int slash = first.lastIndexOf('/', common - 1);
        return slash < 0 ? "**" : first.substring(0, slash + 1) + "**";
    }

    private static String entry(String fallbacksKey, String pattern) {
        return fallbacksKey + "=" + pattern + "=pre-deploy";
    }
}
