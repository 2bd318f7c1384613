package liquibase.ext.syzygy.change;

import java.util.Locale;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.ValidationErrors;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;
import liquibase.ext.syzygy.finding.FindingCode;

/**
 * What {@code createIndexConcurrently} and {@code dropIndexConcurrently} require of their changeset, and when they
 * may look at the live database.
 *
 * <p>PostgreSQL refuses {@code CREATE/DROP INDEX CONCURRENTLY} inside a transaction, so the changeset must say
 * {@code runInTransaction="false"}; and a changeset that runs without a transaction and holds other changes can
 * fail half applied, so it must hold nothing else. The rule holds on every database, SQLite included: a changelog
 * is meant to be portable, and a test run on SQLite should refuse what production's PostgreSQL would refuse.
 */
final class ConcurrentIndexRules {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ConcurrentIndexRules() {}

    /** Adds the coded errors of a concurrent index {@code change} (described by {@code where}) in its changeset. */
    static void checkChangeSet(ValidationErrors errors, Change change, String where) {
        ChangeSet changeSet = change.getChangeSet();
        if (changeSet == null) {
            return;
        }
        if (changeSet.isRunInTransaction()) {
            ChangeErrors.add(
                    errors,
                    change,
                    FindingCode.INVALID_CHANGE,
                    where + " is in a changeset that runs in a transaction, and PostgreSQL cannot build or drop an"
                            + " index concurrently inside a transaction.",
                    "add " + runInTransactionFalse(changeSet) + " to the changeset.");
        }
        int others = changeSet.getChanges().size() - 1;
        if (others > 0) {
            ChangeErrors.add(
                    errors,
                    change,
                    FindingCode.INVALID_CHANGE,
                    where + " shares its changeset with " + others + " other change" + (others == 1 ? "" : "s")
                            + ": without a transaction a failure would leave the changeset half applied.",
                    "move the other changes into changesets of their own.");
        }
    }

    /** Adds an {@code INVALID_CHANGE} error when {@code value} of {@code attribute} is not a plain SQL word. */
    static void checkPlainWord(ValidationErrors errors, Change change, String where, String attribute, String value) {
        if (value != null && !PLAIN.matcher(value).matches()) {
            ChangeErrors.add(
                    errors,
                    change,
                    FindingCode.INVALID_CHANGE,
                    where + ": " + attribute + " '" + value + "' is not a plain name.",
                    "write " + attribute + " as a name of letters, digits and underscores, such as "
                            + ("using".equals(attribute) ? "btree or gin." : "pg_default."));
        }
    }

    /**
     * Whether the change is about to run on a live connection outside a transaction: the moment to look for what a
     * killed deployer left behind. Not while Liquibase validates (in a transaction), nor for {@code update-sql},
     * which writes SQL instead of running it.
     */
    static boolean isExecutingLive(Database database) {
        if (database == null || !(database.getConnection() instanceof JdbcConnection)) {
            return false;
        }
        ExecutorService executors = Scope.getCurrentScope().getSingleton(ExecutorService.class);
        if (executors.executorExists("logging", database)
                && executors.getExecutor("logging", database) instanceof LoggingExecutor) {
            return false;
        }
        try {
            return database.getConnection().getAutoCommit();
        } catch (DatabaseException e) {
            return false;
        }
    }

    /** The attribute in the changeset's own syntax: XML, YAML or JSON. */
    private static String runInTransactionFalse(ChangeSet changeSet) {
        String file =
                changeSet.getFilePath() == null ? "" : changeSet.getFilePath().toLowerCase(Locale.ROOT);
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return "runInTransaction: false";
        }
        if (file.endsWith(".json")) {
            return "\"runInTransaction\": false";
        }
        return "runInTransaction=\"false\"";
    }
}
