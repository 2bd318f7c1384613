package liquibase.ext.syzygy.parser;

import java.util.Optional;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.ext.syzygy.changelog.ChangeSetFactsReader;
import liquibase.ext.syzygy.changelog.StageAssigner;
import liquibase.ext.syzygy.configuration.SyzygyConfiguration;
import liquibase.ext.syzygy.lockservice.LiquibaseTablesUnderLock;
import liquibase.ext.syzygy.stage.StageClassifier;
import liquibase.ext.syzygy.stage.StageSettingException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.sql.SqlChangeLogParser;
import liquibase.resource.ResourceAccessor;

/**
 * The decorator logic shared by the stage-assigning parsers: find the parser Liquibase would have used, let it
 * parse, then assign stages once, on the root changelog.
 *
 * <p>Includes are parsed through the factory too, with their parent already set; assigning only at the root means
 * every changeset is assigned exactly once, after its include's context filter is known.
 */
final class ParserDelegation {

    /** Outranks core parsers (1, formatted SQL 6) and liquibase-commercial's, which add a few points to core's. */
    static final int PRIORITY = ChangeLogParser.PRIORITY_DEFAULT + 100;

    private ParserDelegation() {}

    /** The highest-priority parser other than ours that supports the file: the one Liquibase would pick without us. */
    static Optional<ChangeLogParser> delegateFor(String changeLogFile, ResourceAccessor resourceAccessor) {
        for (ChangeLogParser parser : ChangeLogParserFactory.getInstance().getParsers()) {
            if (!(parser instanceof StageAssigningParser) && parser.supports(changeLogFile, resourceAccessor)) {
                return Optional.of(parser);
            }
        }
        return Optional.empty();
    }

    /** Whether Liquibase would parse the file with a plain-SQL parser (see {@link StageAssigningSqlChangeLogParser}). */
    static boolean delegatesToPlainSql(String changeLogFile, ResourceAccessor resourceAccessor) {
        return delegateFor(changeLogFile, resourceAccessor)
                .map(SqlChangeLogParser.class::isInstance)
                .orElse(false);
    }

    static DatabaseChangeLog parse(
            String changeLogFile, ChangeLogParameters parameters, ResourceAccessor resourceAccessor)
            throws ChangeLogParseException {
        Optional<String> loop = IncludeLoop.find(changeLogFile);
        if (loop.isPresent()) {
            throw new ChangeLogParseException(loop.get());
        }
        ChangeLogParser delegate = delegateFor(changeLogFile, resourceAccessor)
                .orElseThrow(() -> new ChangeLogParseException("No parser supports " + changeLogFile));
        DatabaseChangeLog changeLog;
        try {
            changeLog = delegate.parse(changeLogFile, parameters, resourceAccessor);
        } catch (ChangeLogParseException e) {
            throw SchemaViolation.of(changeLogFile, e).orElse(e);
        }
        if (changeLog != null && changeLog.getParentChangeLog() == null) {
            new StageAssigner(
                            classifier(changeLogFile),
                            new ChangeSetFactsReader(
                                    resourceAccessor, parameters == null ? null : parameters.getDatabase()))
                    .assignAll(changeLog.getChangeSets());
            createLiquibaseTablesUnderLock();
        }
        return changeLog;
    }

    /** See {@link LiquibaseTablesUnderLock}: Liquibase creates its tables right after this parse, unlocked. */
    private static void createLiquibaseTablesUnderLock() throws ChangeLogParseException {
        try {
            LiquibaseTablesUnderLock.ensure(Scope.getCurrentScope().getDatabase());
        } catch (LiquibaseException e) {
            throw new ChangeLogParseException(e.getMessage(), e);
        }
    }

    /** The classifier with the configured overrides and fallbacks; a bad setting fails the parse. */
    private static StageClassifier classifier(String changeLogFile) throws ChangeLogParseException {
        try {
            return StageClassifier.withPolicy(SyzygyConfiguration.stagePolicy());
        } catch (StageSettingException e) {
            throw new ChangeLogParseException(e.getMessage() + " (while parsing " + changeLogFile + ")", e);
        }
    }
}
