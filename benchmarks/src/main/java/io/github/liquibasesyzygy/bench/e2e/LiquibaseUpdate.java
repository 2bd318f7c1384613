package io.github.liquibasesyzygy.bench.e2e;

import java.io.File;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * One {@code CommandScope("update")}, as an application runs it. Loaded by {@link IsolatedLiquibase} into a class
 * loader of its own, so it must reference nothing but Liquibase and the JDK: whether the extension is there depends
 * only on that loader's jars.
 */
public final class LiquibaseUpdate {

    private LiquibaseUpdate() {}

    /** Runs {@code update} of {@code changelog} (relative to {@code searchPath}); {@code contexts} may be null. */
    public static void update(String searchPath, String changelog, String url, String contexts) throws Exception {
        update(searchPath, changelog, url, contexts, Map.of(), null);
    }

    /**
     * Runs {@code update} with {@code settings} (configuration keys such as {@code liquibase.syzygy.lockTimeout}, as
     * scope values: they apply to this run alone) and hands every message Liquibase sends its UI to
     * {@code messages} (when not null; otherwise they go to the log).
     */
    public static void update(
            String searchPath,
            String changelog,
            String url,
            String contexts,
            Map<String, String> settings,
            Consumer<String> messages)
            throws Exception {
        Map<String, Object> values = new HashMap<>(settings);
        values.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(new File(searchPath)));
        values.put(Scope.Attr.ui.name(), messages == null ? new LoggerUIService() : new ForwardingUi(messages));
        Scope.child(values, () -> {
            CommandScope update = new CommandScope("update");
            update.setOutput(OutputStream.nullOutputStream()); // the update summary
            update.addArgumentValue("changelogFile", changelog);
            update.addArgumentValue("url", url);
            if (contexts != null) {
                update.addArgumentValue("contexts", contexts);
            }
            update.execute();
        });
    }

    /** Liquibase's logging UI, except that plain messages go to a consumer. */
    private static final class ForwardingUi extends LoggerUIService {
        private final Consumer<String> messages;

        ForwardingUi(Consumer<String> messages) {
            this.messages = messages;
        }

        @Override
        public void sendMessage(String message) {
            messages.accept(message);
        }
    }
}
