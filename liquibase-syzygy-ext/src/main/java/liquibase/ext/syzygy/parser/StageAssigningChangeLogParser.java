package liquibase.ext.syzygy.parser;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.sql.SqlChangeLogParser;
import liquibase.resource.ResourceAccessor;

/**
 * Assigns deployment stages at parse time by decorating whichever parser Liquibase would otherwise use (XML, YAML,
 * JSON, formatted SQL, or a third party's), instead of subclassing each format and shadowing other extensions.
 *
 * <p>Files that Liquibase parses as plain SQL go to {@link StageAssigningSqlChangeLogParser}, which keeps core's
 * {@code instanceof SqlChangeLogParser} behaviour for includes.
 */
public class StageAssigningChangeLogParser implements StageAssigningParser {

    @Override
    public int getPriority() {
        return ParserDelegation.PRIORITY;
    }

    @Override
    public boolean supports(String changeLogFile, ResourceAccessor resourceAccessor) {
        return ParserDelegation.delegateFor(changeLogFile, resourceAccessor)
                .filter(delegate -> !(delegate instanceof SqlChangeLogParser))
                .isPresent();
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
