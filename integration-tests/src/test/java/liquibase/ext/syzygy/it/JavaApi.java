package liquibase.ext.syzygy.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase in-process, as an application embeds it: {@code CommandScope("update")}, {@code CommandScope("stagePlan")}
 * and the classic {@code new Liquibase(...).update(Contexts, LabelExpression)}.
 *
 * <p>Changelogs come from the test classpath (the sample-changelogs jar); settings such as
 * {@code liquibase.syzygy.requireStage} are passed as Scope values.
 */
final class JavaApi {

    /** {@code CommandScope("update")}. */
    static final Entrypoint COMMAND_SCOPE = new Entrypoint() {
        @Override
        public Outcome update(TestDatabase db, String changelog, String contexts, Map<String, String> settings) {
            return command(classpath(), db, settings, "update", changelog, contexts, Map.of());
        }

        @Override
        public String toString() {
            return "Java API (CommandScope)";
        }
    };

    /** {@code new Liquibase(changelog, resourceAccessor, database).update(new Contexts(..), new LabelExpression())}. */
    static final Entrypoint CLASSIC = new Entrypoint() {
        @Override
        public Outcome update(TestDatabase db, String changelog, String contexts, Map<String, String> settings) {
            return inScope(classpath(), settings, () -> {
                try (Liquibase liquibase = new Liquibase(changelog, classpath(), open(db, classpath()))) {
                    liquibase.update(contexts == null ? new Contexts() : new Contexts(contexts), new LabelExpression());
                }
                return "";
            });
        }

        @Override
        public String toString() {
            return "Java API (Liquibase.update)";
        }
    };

    private JavaApi() {}

    /** {@code CommandScope("stagePlan")} with {@code format} ("text" or "json") and {@code showRan}. */
    static Outcome stagePlan(TestDatabase db, String changelog, String contexts, String format, boolean showRan) {
        Map<String, Object> args = new HashMap<>();
        args.put("format", format);
        args.put("showRan", showRan);
        return command(classpath(), db, Map.of(), "stagePlan", changelog, contexts, args);
    }

    /** Any command through {@code CommandScope}, with the {@code database} argument, reading {@code resources}. */
    static Outcome command(
            ResourceAccessor resources,
            TestDatabase db,
            Map<String, String> settings,
            String command,
            String changelog,
            String contexts,
            Map<String, Object> extraArgs) {
        return inScope(resources, settings, () -> {
            Database database = open(db, resources);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CommandScope scope = new CommandScope(command)
                        .addArgumentValue("database", database)
                        .addArgumentValue("changelogFile", changelog)
                        .setOutput(out);
                if (contexts != null) {
                    scope.addArgumentValue("contexts", contexts);
                }
                extraArgs.forEach(scope::addArgumentValue);
                scope.execute();
                return out.toString(StandardCharsets.UTF_8);
            } finally {
                database.close();
            }
        });
    }

    /** The test classpath, where the sample changelogs come from a jar. */
    static ResourceAccessor classpath() {
        return new ClassLoaderResourceAccessor(JavaApi.class.getClassLoader());
    }

    /** A connection to {@code db}, in its own schema. */
    static Database open(TestDatabase db, ResourceAccessor resources) throws Exception {
        Database database =
                DatabaseFactory.getInstance().openDatabase(db.url(), db.username(), db.password(), null, resources);
        if (db.schema() != null) {
            database.setDefaultSchemaName(db.schema());
        }
        return database;
    }

    interface Body {
        String run() throws Exception;
    }

    /** Runs {@code body} with the settings and {@code resources} in scope, catching any failure. */
    static Outcome inScope(ResourceAccessor resources, Map<String, String> settings, Body body) {
        Map<String, Object> values = new HashMap<>(settings);
        values.put(Scope.Attr.resourceAccessor.name(), resources);
        try {
            Scope.ScopedRunnerWithReturn<String> runner = body::run;
            String output = Scope.child((liquibase.listener.LiquibaseListener) null, values, runner);
            return new Outcome(0, output, null);
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Outcome(1, trace.toString(), e);
        }
    }
}
