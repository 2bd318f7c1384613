package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import liquibase.ext.syzygy.Stage;

/**
 * Rolling a release back is a deploy in reverse, so on a rollback command the stage context names the <em>phase</em>
 * of the deploy, as in django-syzygy: {@code --contexts=pre-deploy} (before the old code goes back out) undoes the
 * post-deploy changesets, {@code --contexts=post-deploy} (once the old code runs everywhere) undoes the pre-deploy
 * ones. Liquibase's own context filter then selects exactly those changesets once the phase is translated into the
 * forward stage to undo.
 */
public final class RollbackPhase {

    /**
     * Added to the contexts of a translated rollback: tells the validator that the run is a rollback phase, not a
     * forward update of the stage it now names. No changeset uses it, so Liquibase's filters ignore it.
     */
    public static final String MARKER = "syzygy-rollback";

    /**
     * Added to the contexts of {@code update-testing-rollback}: its nested rollback undoes the update it just made,
     * in the same stage, so it must not be translated.
     */
    public static final String TESTING_MARKER = "syzygy-testing-rollback";

    private RollbackPhase() {}

    /**
     * The contexts that make Liquibase undo the phase {@code runtimeContexts} name: every stage name swapped for
     * the other (an {@code @} prefix kept), the user's other contexts kept, and {@link #MARKER} added.
     */
    public static List<String> translate(Collection<String> runtimeContexts) {
        List<String> translated = new ArrayList<>(runtimeContexts.size() + 1);
        for (String context : runtimeContexts) {
            translated.add(swapStage(context.trim()));
        }
        translated.add(MARKER);
        return translated;
    }

    /** Whether {@code contexts} are already those of a translated rollback phase. */
    public static boolean isTranslated(Collection<String> contexts) {
        return containsName(contexts, MARKER);
    }

    /** Whether {@code contexts} are those of {@code update-testing-rollback}. */
    public static boolean isTestingRollback(Collection<String> contexts) {
        return containsName(contexts, TESTING_MARKER);
    }

    /** The forward stages a rollback phase undoes: the opposite of each stage the phase names. */
    public static List<Stage> stagesUndone(Collection<Stage> phase) {
        return phase.stream().map(Stage::opposite).sorted().toList();
    }

    private static String swapStage(String context) {
        String prefix = context.startsWith("@") ? "@" : "";
        return Stage.fromContextName(context.substring(prefix.length()))
                .map(stage -> prefix + stage.opposite().contextName())
                .orElse(context);
    }

    private static boolean containsName(Collection<String> contexts, String name) {
        return contexts.stream()
                .map(context -> context.trim().replaceFirst("^@", "").toLowerCase(Locale.ROOT))
                .anyMatch(name::equals);
    }
}
