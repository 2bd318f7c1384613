package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Validates a constraint that was added {@code NOT VALID}: scans the rows without blocking writes. */
public final class ValidateConstraintStatement extends AbstractSqlStatement {

    private final ConstraintRef constraint;

    public ValidateConstraintStatement(ConstraintRef constraint) {
        this.constraint = Objects.requireNonNull(constraint, "constraint == null");
    }

    public ConstraintRef constraint() {
        return constraint;
    }
}
