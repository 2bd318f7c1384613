package liquibase.ext.syzygy.sqlgenerator.postgresql;

import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL statements that make a column NOT NULL with only short strong locks, each to run as its own
 * transaction (the changeset runs in auto-commit mode).
 *
 * <p>{@code ALTER COLUMN ... SET NOT NULL} alone scans the whole table under ACCESS EXCLUSIVE, blocking every read
 * and write for the length of the scan. Instead: a CHECK constraint added {@code NOT VALID} (ACCESS EXCLUSIVE, no
 * scan; new writes are checked from then on), {@code VALIDATE CONSTRAINT} (the scan, under SHARE UPDATE EXCLUSIVE,
 * which lets reads and writes through), then {@code SET NOT NULL}, which PostgreSQL 12+ does without a scan because
 * the valid check proves it, and the helper is dropped. PostgreSQL 18 has NOT NULL constraints that can be added
 * {@code NOT VALID} themselves, so two steps do it.
 *
 * <p>Every sequence starts with {@code DROP CONSTRAINT IF EXISTS}, so that a run after a deployer killed mid-way
 * starts over cleanly, and with a check that no NULL remains, so that a column holding NULLs fails before anything
 * is changed (a NULL written between that check and the validation fails the validation; the next run drops the
 * helper it left).
 */
final class NotNullSteps {

    /** Which statements a server version gets. */
    enum Path {
        /** PostgreSQL 12-17 (and an unknown version): a NOT VALID CHECK, validated, then SET NOT NULL. */
        CHECK_THEN_SET_NOT_NULL,
        /** PostgreSQL 18+: a NOT NULL constraint added NOT VALID, then validated. */
        NATIVE_NOT_VALID
    }

    private NotNullSteps() {}

    /**
     * The path for a server's major version; 0 for an unknown server (offline {@code update-sql}), which gets the
     * path that works on every version from 12 on.
     */
    static Path forServer(int majorVersion) {
        return majorVersion >= 18 ? Path.NATIVE_NOT_VALID : Path.CHECK_THEN_SET_NOT_NULL;
    }

    /**
     * The statements, in order.
     *
     * @param table the escaped table name
     * @param column the escaped column name
     * @param constraint the escaped constraint name
     * @param nullCheck the statement that fails while the column holds NULLs
     */
    static List<String> sql(Path path, String table, String column, String constraint, String nullCheck) {
        String alter = "ALTER TABLE " + table + " ";
        List<String> sql = new ArrayList<>();
        sql.add(alter + "DROP CONSTRAINT IF EXISTS " + constraint);
        sql.add(nullCheck);
        if (path == Path.NATIVE_NOT_VALID) {
            sql.add(alter + "ADD CONSTRAINT " + constraint + " NOT NULL " + column + " NOT VALID");
            sql.add(alter + "VALIDATE CONSTRAINT " + constraint);
            return sql;
        }
        sql.add(alter + "ADD CONSTRAINT " + constraint + " CHECK (" + column + " IS NOT NULL) NOT VALID");
        sql.add(alter + "VALIDATE CONSTRAINT " + constraint);
        sql.add(alter + "ALTER COLUMN " + column + " SET NOT NULL");
        sql.add(alter + "DROP CONSTRAINT " + constraint);
        return sql;
    }
}
