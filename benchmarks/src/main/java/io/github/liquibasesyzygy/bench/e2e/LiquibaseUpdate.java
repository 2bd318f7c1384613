package io.github.liquibasesyzygy.bench.e2e;

import java.io.File;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(new File(searchPath)));
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
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
}
