package liquibase.ext.syzygy.changelog;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

/**
 * Parses a root changelog the way an update would, for commands that must read it without Liquibase's changelog
 * step (which validates first and would stop before a report could be printed).
 */
public final class ChangeLogReader {

    private ChangeLogReader() {}

    /**
     * Parses through the parser factory, so stages are assigned exactly as for an update. The database is
     * deliberately not put into the scope: includes would then initialise (create) the DATABASECHANGELOG table.
     */
    public static DatabaseChangeLog parse(String file, Database database, Contexts contexts, LabelExpression labels)
            throws LiquibaseException {
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.addJavaProperties();
        parameters.addDefaultFileProperties();
        parameters.setContexts(contexts);
        parameters.setLabels(labels);
        ResourceAccessor resourceAccessor = Scope.getCurrentScope().getResourceAccessor();
        return ChangeLogParserFactory.getInstance()
                .getParser(file, resourceAccessor)
                .parse(file, parameters, resourceAccessor);
    }
}
