package liquibase.ext.syzygy.command;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import liquibase.RuntimeEnvironment;
import liquibase.TagVersionEnum;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.AfterTagChangeSetFilter;
import liquibase.changelog.filter.AlreadyRanChangeSetFilter;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.CountChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.ExecutedAfterChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.RollbackToDateCommandStep;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

/**
 * The changesets a rollback command will undo, computed exactly as Liquibase's rollback steps do
 * ({@code AbstractRollbackCommandStep}): the same public filters, in the same order, over the same iterator.
 */
final class RollbackSet {

    private RollbackSet() {}

    /** The changesets {@code commandScope}'s rollback undoes, in the order it undoes them. */
    static List<ChangeSet> of(
            CommandScope commandScope,
            Database database,
            DatabaseChangeLog changeLog,
            ChangeLogParameters parameters,
            List<RanChangeSet> ran)
            throws LiquibaseException {
        ChangeLogIterator iterator = new ChangeLogIterator(
                ran,
                changeLog,
                new AlreadyRanChangeSetFilter(ran),
                new ContextChangeSetFilter(parameters.getContexts()),
                new LabelChangeSetFilter(parameters.getLabels()),
                new IgnoreChangeSetFilter(),
                new DbmsChangeSetFilter(database),
                commandFilter(commandScope, changeLog, ran));
        List<ChangeSet> undone = new ArrayList<>();
        iterator.run(
                new Collector(undone),
                new RuntimeEnvironment(database, parameters.getContexts(), parameters.getLabels()));
        return undone;
    }

    /** The filter that makes the command what it is: a count, a tag or a date. */
    private static ChangeSetFilter commandFilter(
            CommandScope commandScope, DatabaseChangeLog changeLog, List<RanChangeSet> ran) throws LiquibaseException {
        String command = commandScope.getCommand().getName()[0];
        if (command.startsWith("rollbackCount")) {
            return new CountChangeSetFilter(commandScope.getArgumentValue(RollbackCountCommandStep.COUNT_ARG));
        }
        if (command.startsWith("rollbackToDate")) {
            Date date = commandScope.getArgumentValue(RollbackToDateCommandStep.DATE_ARG);
            return new ExecutedAfterChangeSetFilter(date, ran);
        }
        String tag = commandScope.getArgumentValue(RollbackCommandStep.TAG_ARG);
        TagVersionEnum version =
                TagVersionEnum.valueOf(commandScope.getArgumentValue(RollbackCommandStep.TAG_VERSION_ARG));
        return new AfterTagChangeSetFilter(tag, ran, version, changeLog);
    }

    /** Collects what a reverse run visits, as the rollback-script variant of Liquibase's rollback does. */
    private record Collector(List<ChangeSet> visited) implements ChangeSetVisitor {

        @Override
        public Direction getDirection() {
            return Direction.REVERSE;
        }

        @Override
        public void visit(
                ChangeSet changeSet,
                DatabaseChangeLog changeLog,
                Database database,
                Set<ChangeSetFilterResult> results) {
            visited.add(changeSet);
        }
    }
}
