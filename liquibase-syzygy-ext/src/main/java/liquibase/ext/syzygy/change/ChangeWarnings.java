package liquibase.ext.syzygy.change;

import java.util.function.Supplier;
import liquibase.change.Change;
import liquibase.database.Database;
import liquibase.exception.Warnings;

/**
 * Liquibase asks a change for its warnings before it validates it, and core's {@code warn} builds the change's
 * statements to ask their generators. An invalid change (a required attribute left out, a value that cannot be
 * written as SQL) has no statements to build: building them throws, and the user would see an internal exception
 * instead of the coded error. So an invalid change has no warnings; its errors come from {@code validate}, which
 * Liquibase runs right after.
 */
final class ChangeWarnings {

    private ChangeWarnings() {}

    /** {@code warnings} of {@code change} when it is valid on {@code database}, else none. */
    static Warnings ofValid(Change change, Database database, Supplier<Warnings> warnings) {
        return change.validate(database).hasErrors() ? new Warnings() : warnings.get();
    }
}
