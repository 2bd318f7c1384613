package liquibase.ext.syzygy.stage;

import java.util.List;
import liquibase.ext.syzygy.Stage;

/** Reads and writes stage names in Liquibase context expressions. */
public final class ContextNames {

    private ContextNames() {}

    /** The context expression {@code existing} restricted to {@code stage}: {@code (existing) and pre-deploy}. */
    public static String withStage(String existing, Stage stage) {
        throw new UnsupportedOperationException("pending");
    }

    /** The stages named (not negated) in a context expression. */
    public static java.util.Set<Stage> stagesNamedIn(String expression) {
        throw new UnsupportedOperationException("pending");
    }

    /** The context names in {@code expression} that look like misspelt stages ({@code pre_deploy}, ...). */
    public static List<String> misspeltStages(String expression) {
        throw new UnsupportedOperationException("pending");
    }
}
