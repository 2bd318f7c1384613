package liquibase.ext.syzygy.sql;

/**
 * How a raw-SQL change is executed, as its changelog says: the classifier splits the SQL exactly as Liquibase will.
 *
 * @param dialect the database the SQL is written for
 * @param splitStatements the change's {@code splitStatements} (Liquibase's default: true)
 * @param endDelimiter the change's {@code endDelimiter}, or null for Liquibase's default ({@code ;}, {@code GO} or
 *     {@code /} alone on a line)
 * @param stripComments the change's {@code stripComments} (Liquibase's default: false)
 */
public record SqlOptions(SqlDialect dialect, boolean splitStatements, String endDelimiter, boolean stripComments) {

    /** Liquibase's defaults for a {@code sql} change on the given database. */
    public static SqlOptions defaults(SqlDialect dialect) {
        return new SqlOptions(dialect, true, null, false);
    }
}
