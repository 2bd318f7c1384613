package liquibase.ext.syzygy.changelog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StageDecision;

/**
 * The flattened changelog as the planner sees it, plus the way back from a planner id to the Liquibase changeset.
 *
 * <p>Shared by the validator and the {@code stage-plan} command so that both plan exactly the same input.
 * Changesets the parser did not see (a changelog built in code) are classified here without touching their contexts.
 *
 * <p>Immutable. It runs on every validation of every command, so it owns the collections it builds instead of
 * copying them.
 */
public final class PlannedChangeSets {

    private final List<PlannedChangeSet> planned;
    private final Map<ChangeSetId, ChangeSet> changeSets;

    private PlannedChangeSets(List<PlannedChangeSet> planned, Map<ChangeSetId, ChangeSet> changeSets) {
        this.planned = Collections.unmodifiableList(planned);
        this.changeSets = Collections.unmodifiableMap(changeSets);
    }

    /** The changesets in changelog order, ran ones included. */
    public List<PlannedChangeSet> planned() {
        return planned;
    }

    /** The Liquibase changeset behind each id, in changelog order. */
    public Map<ChangeSetId, ChangeSet> changeSets() {
        return changeSets;
    }

    /**
     * Plans every changeset of {@code changeLog}; {@code ranChangeSets} is DATABASECHANGELOG's content, and
     * {@code filter} the run's own contexts, labels and dbms.
     */
    public static PlannedChangeSets from(
            DatabaseChangeLog changeLog, List<RanChangeSet> ranChangeSets, RunFilter filter) {
        RanIndex ran = new RanIndex(ranChangeSets);
        ChangeSetFactsReader reader = ChangeSetFactsReader.forCurrentScope(filter.databaseShortName());
        StageClassifier classifier = StageClassifier.withPolicy(SyzygyConfiguration.stagePolicy());
        List<ChangeSet> changeSets = changeLog.getChangeSets();
        List<PlannedChangeSet> planned = new ArrayList<>(changeSets.size());
        Map<ChangeSetId, ChangeSet> byId = new LinkedHashMap<>(changeSets.size() * 2);
        for (ChangeSet changeSet : changeSets) {
            Optional<ChangeSetStages.Assignment> stored = ChangeSetStages.assignment(changeSet);
            ChangeSetStages.Assignment assigned =
                    stored.isPresent() ? stored.get() : classify(changeSet, reader, classifier);
            ChangeSetFacts facts = assigned.facts();
            StageDecision decision = assigned.decision();
            // An ambiguous changeset has no stage to match: it counts as selected when either stage's run would take
            // it,
            // so that one its dbms, labels or contexts exclude (a PostgreSQL-only function on SQLite) is no error.
            boolean selected = decision.isAmbiguous()
                    ? filter.selects(changeSet, Stage.PRE_DEPLOY) || filter.selects(changeSet, Stage.POST_DEPLOY)
                    : filter.selects(changeSet, decision.stageOrThrow());
            planned.add(new PlannedChangeSet(facts, decision, ran.contains(changeSet), selected));
            byId.putIfAbsent(facts.id(), changeSet);
        }
        return new PlannedChangeSets(planned, byId);
    }

    /** The facts and decision of a changeset the parser did not see, leaving the changeset as it is. */
    private static ChangeSetStages.Assignment classify(
            ChangeSet changeSet, ChangeSetFactsReader reader, StageClassifier classifier) {
        ChangeSetFacts facts = reader.read(changeSet);
        return new ChangeSetStages.Assignment(facts, classifier.decide(facts));
    }

    /** The Liquibase changeset with this id. */
    public Optional<ChangeSet> changeSet(ChangeSetId id) {
        return Optional.ofNullable(changeSets.get(id));
    }

    /**
     * Ran changesets bucketed by id, so matching stays linear (author and path are compared within the bucket).
     * Paths are compared as {@link RanChangeSet#isSameAs} compares them, with {@link DatabaseChangeLog#normalizePath},
     * but each distinct path is normalized once: normalizePath reads Liquibase's configuration (copying the system
     * properties) on every call, which made isSameAs cost about 100 µs per changeset, several times the rest of the
     * plan.
     */
    private static final class RanIndex {
        private final Map<String, List<RanChangeSet>> byId = new HashMap<>();
        private final Map<String, String> normalizedPaths = new HashMap<>();

        RanIndex(List<RanChangeSet> ranChangeSets) {
            for (RanChangeSet ran : ranChangeSets == null ? List.<RanChangeSet>of() : ranChangeSets) {
                byId.computeIfAbsent(key(ran.getId()), k -> new ArrayList<>(1)).add(ran);
            }
        }

        boolean contains(ChangeSet changeSet) {
            List<RanChangeSet> candidates = byId.get(key(changeSet.getId()));
            if (candidates == null) {
                return false;
            }
            for (RanChangeSet ran : candidates) {
                if (isSameAs(ran, changeSet)) {
                    return true;
                }
            }
            return false;
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

        // RanChangeSet.isSameAs compares ids ignoring case, so the bucket key does too. An id already in lower case
        // (the usual case) is its own key: toLowerCase returns the same string without copying it.
        private static String key(String id) {
            return String.valueOf(id).toLowerCase(Locale.ROOT);
        }
    }
}
