package liquibase.ext.syzygy.lock;

/**
 * The lock mechanism itself failed (a query on {@code pg_locks}, an I/O error on the lock file): the lock state is
 * unknown, so the caller must stop rather than carry on as if it held or did not hold the lock.
 */
public class LockBackendException extends Exception {

    private static final long serialVersionUID = 1L;

    public LockBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
