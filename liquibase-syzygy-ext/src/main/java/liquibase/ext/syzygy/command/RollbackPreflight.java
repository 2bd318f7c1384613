package liquibase.ext.syzygy.command;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionCommandStep;
import liquibase.database.Database;
import liquibase.exception.CommandValidationException;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.plan.PlannedChangeSet;
import liquibase.ext.syzygy.plan.RollbackChecks;

/**
 * Runs the rollback dependents check ({@link RollbackChecks}) before a rollback command's pipeline starts, because
 * only the command knows its count, tag or date, and only the pipeline's validation could otherwise stop it.
 *
 * <p>It reads what the pipeline will read, the same way: the {@code database} argument (Java API, Maven plugin) or a
 * connection of its own from the same arguments ({@link DbUrlConnectionCommandStep#obtainDatabase}, closed after),
 * the changelog parsed by {@link DatabaseChangelogCommandStep#getDatabaseChangeLog} (or the one passed in), and the
 * rollback set computed by Liquibase's own filters ({@link RollbackSet}). It changes nothing.
 */
final class RollbackPreflight {

    private RollbackPreflight() {}

    /** The check's errors for the rollback {@code commandScope} describes; empty when it is safe. */
    static List<Finding> check(CommandScope commandScope) throws CommandValidationException {
        Database given = commandScope.getArgumentValue(DbUrlConnectionCommandStep.DATABASE_ARG);
        Database database = null;
        try {
            database = given != null ? given : new DbUrlConnectionCommandStep().obtainDatabase(commandScope);
            return check(commandScope, database);
        } catch (CommandValidationException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandValidationException(cannotCheck(e).format(), e);
        } finally {
            if (given == null && database != null) {
                closeQuietly(database);
            }
        }
    }

    /** Nothing was rolled back: the check needs the changelog and DATABASECHANGELOG, and one of them failed. */
    static Finding cannotCheck(Exception cause) {
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? "the changelog or DATABASECHANGELOG could not be read"
                : cause.getMessage().strip();
        return new Finding(
                FindingCode.ROLLBACK_CHECK_FAILED,
                Severity.ERROR,
                Optional.empty(),
                "the rollback was not started, because its safety check could not run: " + reason,
                "Correct what it names (the connection, the changelog path, or access to DATABASECHANGELOG) and run the"
                        + " rollback again; nothing was rolled back.");
    }

    private static List<Finding> check(CommandScope commandScope, Database database) throws Exception {
        ChangeLogParameters parameters = parameters(commandScope, database);
        DatabaseChangeLog changeLog = commandScope.getArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG);
        if (changeLog == null) {
            String file = commandScope.getArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG);
            changeLog = DatabaseChangelogCommandStep.getDatabaseChangeLog(file, parameters, database);
        }
        List<RanChangeSet> ran = database.getRanChangeSetList();
        List<ChangeSet> undone = RollbackSet.of(commandScope, database, changeLog, parameters, ran);
        PlannedChangeSets planned = PlannedChangeSets.from(
                changeLog, ran, new RunFilter(parameters.getContexts(), parameters.getLabels(), database));
        Map<ChangeSet, PlannedChangeSet> byChangeSet = new IdentityHashMap<>();
        List<ChangeSet> changeSets = changeLog.getChangeSets();
        for (int i = 0; i < changeSets.size(); i++) {
            byChangeSet.put(changeSets.get(i), planned.planned().get(i));
        }
        Set<ChangeSetId> undoneIds =
                undone.stream().map(c -> byChangeSet.get(c).id()).collect(Collectors.toSet());
        return RollbackChecks.check(inExecutionOrder(ran, changeSets, byChangeSet), undoneIds);
    }

    /** The applied changesets of the changelog in DATABASECHANGELOG's order (date, then order executed). */
    private static List<PlannedChangeSet> inExecutionOrder(
            List<RanChangeSet> ran, List<ChangeSet> changeSets, Map<ChangeSet, PlannedChangeSet> byChangeSet) {
        Map<String, List<ChangeSet>> byIdAndAuthor =
                changeSets.stream().collect(Collectors.groupingBy(c -> key(c.getId(), c.getAuthor())));
        List<PlannedChangeSet> ordered = new ArrayList<>();
        for (RanChangeSet ranChangeSet : ran) {
            byIdAndAuthor.getOrDefault(key(ranChangeSet.getId(), ranChangeSet.getAuthor()), List.of()).stream()
                    .filter(ranChangeSet::isSameAs)
                    .findFirst()
                    .ifPresent(c -> ordered.add(byChangeSet.get(c)));
        }
        return ordered;
    }

    private static String key(String id, String author) {
        return (String.valueOf(id) + "::" + author).toLowerCase(java.util.Locale.ROOT);
    }

    /** The changelog parameters exactly as {@code DatabaseChangelogCommandStep} will build them. */
    private static ChangeLogParameters parameters(CommandScope commandScope, Database database) {
        ChangeLogParameters parameters =
                commandScope.getArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS);
        if (parameters == null) {
            parameters = new ChangeLogParameters(database);
            parameters.addJavaProperties();
            parameters.addDefaultFileProperties();
        }
        Contexts contexts = new Contexts(commandScope.getArgumentValue(DatabaseChangelogCommandStep.CONTEXTS_ARG));
        if (!contexts.isEmpty()) {
            parameters.setContexts(contexts);
        }
        LabelExpression labels =
                new LabelExpression(commandScope.getArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG));
        if (!labels.isEmpty()) {
            parameters.setLabels(labels);
        }
        return parameters;
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (Exception e) {
            liquibase.Scope.getCurrentScope()
                    .getLog(RollbackPreflight.class)
                    .fine("could not close the rollback check's connection", e);
        }
    }
}
