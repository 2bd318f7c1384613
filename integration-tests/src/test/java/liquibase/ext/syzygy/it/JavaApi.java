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
            return command(db, settings, "update", changelog, contexts, Map.of());
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
            return inScope(settings, () -> {
                try (Liquibase liquibase = new Liquibase(changelog, resources(), open(db))) {
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
        return command(db, Map.of(), "stagePlan", changelog, contexts, args);
    }

    private static Outcome command(
            TestDatabase db,
            Map<String, String> settings,
            String command,
            String changelog,
            String contexts,
            Map<String, Object> extraArgs) {
        return inScope(settings, () -> {
            Database database = open(db);
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

    private static ResourceAccessor resources() {
        return new ClassLoaderResourceAccessor(JavaApi.class.getClassLoader());
    }

    private static Database open(TestDatabase db) throws Exception {
        Database database =
                DatabaseFactory.getInstance().openDatabase(db.url(), db.username(), db.password(), null, resources());
        if (db.schema() != null) {
            database.setDefaultSchemaName(db.schema());
        }
        return database;
    }

    interface Body {
        String run() throws Exception;
    }

    /** Runs {@code body} with the settings and the classpath resource accessor in scope, catching any failure. */
    private static Outcome inScope(Map<String, String> settings, Body body) {
        Map<String, Object> values = new HashMap<>(settings);
        values.put(Scope.Attr.resourceAccessor.name(), resources());
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
