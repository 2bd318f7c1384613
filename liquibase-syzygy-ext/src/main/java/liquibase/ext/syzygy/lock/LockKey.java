package liquibase.ext.syzygy.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * The key of the deployment lock: one per changelog table, so that every deployer that writes the same
 * DATABASECHANGELOG competes for the same lock, and deployers of other schemas (or of a second changelog table in
 * the same schema) do not.
 *
 * <p>The 64-bit value is the first eight bytes (big-endian) of {@code SHA-256("liquibase-syzygy:" + name)}, where
 * {@code name} is {@code schema.table} in lower case (for example {@code public.databasechangelog}). It is stable
 * across versions and machines, so a different extension version still excludes this one. The quorum coordinates
 * through the same key.
 *
 * @param name the lower-case {@code schema.table} the key was derived from
 * @param value the 64-bit key, e.g. for {@code pg_try_advisory_lock(bigint)}
 */
public record LockKey(String name, long value) {

    private static final String PREFIX = "liquibase-syzygy:";

    public LockKey {
        Objects.requireNonNull(name, "name == null");
    }

    /** The key of the changelog table {@code table} in {@code schema} (null or blank: no schema part). */
    public static LockKey of(String schema, String table) {
        Objects.requireNonNull(table, "table == null");
        String name = (schema == null || schema.isBlank() ? "" : schema + ".") + table;
        return derived(name.toLowerCase(Locale.ROOT));
    }

    /** The key named {@code name} exactly as given, e.g. a quorum's own {@code public.databasechangelog#quorum}. */
    public static LockKey derived(String name) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((PREFIX + name).getBytes(StandardCharsets.UTF_8));
            return new LockKey(name, ByteBuffer.wrap(digest, 0, Long.BYTES).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The high 32 bits, as PostgreSQL's {@code pg_locks.classid} shows them for a bigint advisory key. */
    public long classId() {
        return value >>> 32;
    }

    /** The low 32 bits, as PostgreSQL's {@code pg_locks.objid} shows them for a bigint advisory key. */
    public long objId() {
        return value & 0xFFFF_FFFFL;
    }
}
