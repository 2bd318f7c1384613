package liquibase.ext.syzygy.lock;

import java.util.Objects;
import liquibase.ext.syzygy.finding.Finding;

/**
 * The deployment lock could not be taken or was lost: carries the coded {@link Finding} (code, what happened, who
 * holds the lock, the remedy) that the adapter turns into Liquibase's {@code LockException}.
 */
public class LockFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    public LockFailure(Finding finding) {
        super(Objects.requireNonNull(finding, "finding == null").format());
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
