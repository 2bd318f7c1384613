package liquibase.ext.syzygy.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import liquibase.ext.syzygy.stage.ChangeSetFacts;
import liquibase.ext.syzygy.stage.ChangeSetId;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * The flattened changelog as the planner sees it, plus the way back from a planner id to the Liquibase changeset.
 *
 * <p>Shared by the validator and the {@code stage-plan} command so that both plan exactly the same input.
 * Changesets the parser did not see (a changelog built in code) are classified here without touching their contexts.
 *
 * @param planned the changesets in changelog order, ran ones included
 * @param changeSets the Liquibase changeset behind each id
 */
public record PlannedChangeSets(List<PlannedChangeSet> planned, Map<ChangeSetId, ChangeSet> changeSets) {

    public PlannedChangeSets {
        planned = List.copyOf(planned);
        changeSets = Map.copyOf(changeSets);
    }

    /**
     * Plans every changeset of {@code changeLog}; {@code ranChangeSets} is DATABASECHANGELOG's content, and
     * {@code filter} the run's own contexts, labels and dbms.
     */
    public static PlannedChangeSets from(
            DatabaseChangeLog changeLog, List<RanChangeSet> ranChangeSets, RunFilter filter) {
        RanIndex ran = new RanIndex(ranChangeSets);
        ChangeSetFactsReader reader = ChangeSetFactsReader.forCurrentScope();
        StageClassifier classifier = StageClassifier.withPolicy(SyzygyConfiguration.stagePolicy());
        List<PlannedChangeSet> planned = new ArrayList<>();
        Map<ChangeSetId, ChangeSet> byId = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            ChangeSetFacts facts = ChangeSetStages.facts(changeSet).orElseGet(() -> reader.read(changeSet));
            StageDecision decision = ChangeSetStages.decision(changeSet).orElseGet(() -> classifier.decide(facts));
            boolean selected =
                    decision.stage().map(s -> filter.selects(changeSet, s)).orElse(true);
            planned.add(new PlannedChangeSet(facts, decision, ran.contains(changeSet), selected));
            byId.putIfAbsent(facts.id(), changeSet);
        }
        return new PlannedChangeSets(planned, byId);
    }

    /** The Liquibase changeset with this id. */
    public Optional<ChangeSet> changeSet(ChangeSetId id) {
        return Optional.ofNullable(changeSets.get(id));
    }

    /**
     * Ran changesets bucketed by id and author, so matching stays linear. Paths are compared as
     * {@link RanChangeSet#isSameAs} compares them, with {@link DatabaseChangeLog#normalizePath}, but each distinct
     * path is normalized once: normalizePath reads Liquibase's configuration (copying the system properties) on
     * every call, which made isSameAs cost about 100 µs per changeset, several times the rest of the plan.
     */
    private static final class RanIndex {
        private final Map<String, List<RanChangeSet>> byIdAndAuthor = new HashMap<>();
        private final Map<String, String> normalizedPaths = new HashMap<>();

        RanIndex(List<RanChangeSet> ranChangeSets) {
            for (RanChangeSet ran : ranChangeSets == null ? List.<RanChangeSet>of() : ranChangeSets) {
                byIdAndAuthor
                        .computeIfAbsent(key(ran.getId(), ran.getAuthor()), k -> new ArrayList<>(1))
                        .add(ran);
            }
        }

        boolean contains(ChangeSet changeSet) {
            List<RanChangeSet> candidates = byIdAndAuthor.get(key(changeSet.getId(), changeSet.getAuthor()));
            return candidates != null && candidates.stream().anyMatch(ran -> isSameAs(ran, changeSet));
        }

        // RanChangeSet.isSameAs, with the path normalization memoized.
        private boolean isSameAs(RanChangeSet ran, ChangeSet changeSet) {
            if (!ran.getId().equalsIgnoreCase(changeSet.getId())
                    || !ran.getAuthor().equalsIgnoreCase(changeSet.getAuthor())) {
                return false;
            }
            String ranPath = normalized(ran.getChangeLog());
            return ranPath != null && ranPath.equalsIgnoreCase(normalized(changeSet.getFilePath()));
        }

        private String normalized(String path) {
            if (!normalizedPaths.containsKey(path)) {
                normalizedPaths.put(path, DatabaseChangeLog.normalizePath(path));
            }
            return normalizedPaths.get(path);
        }

        // RanChangeSet.isSameAs compares id and author ignoring case, so the bucket key does too.
        private static String key(String id, String author) {
            return String.valueOf(id).toLowerCase(Locale.ROOT) + "::"
                    + String.valueOf(author).toLowerCase(Locale.ROOT);
        }
    }
}
