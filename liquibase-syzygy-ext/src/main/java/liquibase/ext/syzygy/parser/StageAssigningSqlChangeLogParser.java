package liquibase.ext.syzygy.parser;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.sql.SqlChangeLogParser;
import liquibase.resource.ResourceAccessor;

/**
 * The stage-assigning decorator for files Liquibase parses as plain SQL.
 *
 * <p>It exists only because core checks {@code parser instanceof SqlChangeLogParser} when including a file
 * ({@code DatabaseChangeLog.include} does not apply a logical file path to raw SQL changesets). Were a plain-SQL
 * include parsed by a decorator that is not a {@code SqlChangeLogParser}, its changesets would get a different
 * file path and run again. Parsing itself is delegated exactly like {@link StageAssigningChangeLogParser}.
 */
public class StageAssigningSqlChangeLogParser extends SqlChangeLogParser implements StageAssigningParser {

    @Override
    public int getPriority() {
        return ParserDelegation.PRIORITY;
    }

    @Override
    public boolean supports(String changeLogFile, ResourceAccessor resourceAccessor) {
        return ParserDelegation.delegatesToPlainSql(changeLogFile, resourceAccessor);
    }

    @Override
    public DatabaseChangeLog parse(
            String physicalChangeLogLocation,
            ChangeLogParameters changeLogParameters,
            ResourceAccessor resourceAccessor)
            throws ChangeLogParseException {
        return ParserDelegation.parse(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
    }
}
