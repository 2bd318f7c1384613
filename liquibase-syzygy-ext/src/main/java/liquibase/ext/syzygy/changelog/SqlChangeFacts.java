package liquibase.ext.syzygy.changelog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.SqlStatement;
import liquibase.ext.syzygy.sql.SqlClassifier;
import liquibase.ext.syzygy.sql.SqlDialect;
import liquibase.ext.syzygy.sql.SqlOptions;
import liquibase.ext.syzygy.sql.StatementParser;

/**
 * The facts of a raw-SQL change ({@code sql}, {@code sqlFile}, a formatted-SQL changeset): its statements as the SQL
 * classifier reads them, split as Liquibase will execute them, in the dialect of the database the changeset targets.
 *
 * <p>A change whose SQL cannot be read here (an {@code sqlFile} that is not there yet) is left to the generic
 * reading, which makes it unknown: undecidable, depending on everything.
 */
final class SqlChangeFacts {

    private SqlChangeFacts() {}

    /**
     * The facts of {@code change} when it is raw SQL whose text can be read, else empty.
     *
     * @param database the short name of the database the changelog is parsed for (e.g. {@code postgresql}), or null
     * @param parser the parser of the whole read, reused for every change
     */
    static Optional<ChangeFacts> read(
            Change change, String type, ChangeSet changeSet, String database, StatementParser parser) {
        if (!(change instanceof AbstractSQLChange sql)) {
            return Optional.empty();
        }
        String text;
        try {
            text = sql.getSql();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        SqlOptions options = new SqlOptions(
                dialect(changeSet, sql.getDbms(), database),
                !Boolean.FALSE.equals(sql.isSplitStatements()),
                sql.getEndDelimiter(),
                Boolean.TRUE.equals(sql.isStripComments()));
        List<SqlStatement> statements = SqlClassifier.classify(text, options, parser);
        return statements.isEmpty() ? Optional.empty() : Optional.of(ChangeFacts.sql(type, statements));
    }

    /**
     * The dialect to read the SQL in: the one database the changeset or the change is limited to, else the database
     * the changelog is parsed for.
     */
    static SqlDialect dialect(ChangeSet changeSet, String changeDbms, String database) {
        Set<String> dbms = changeSet.getDbmsSet();
        if (dbms != null && dbms.size() == 1) {
            return of(dbms.iterator().next());
        }
        if (changeDbms != null && !changeDbms.isBlank() && !changeDbms.contains(",")) {
            return of(changeDbms);
        }
        return of(database);
    }

    private static SqlDialect of(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "postgresql" -> SqlDialect.POSTGRESQL;
            case "sqlite" -> SqlDialect.SQLITE;
            default -> SqlDialect.OTHER;
        };
    }
}
