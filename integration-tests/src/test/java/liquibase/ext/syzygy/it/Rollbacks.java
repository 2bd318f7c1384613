package liquibase.ext.syzygy.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * {@code rollback-count} and {@code update} through each entry point, on changelogs under the samples search path
 * (so the CLI, the Maven plugin and the Java API all record the same changeset paths).
 */
enum Rollbacks {
    CLI {
        @Override
        Outcome rollbackCount(TestDatabase db, String changelog, String contexts, int count) {
            return Cli.withExtension()
                    .command("rollback-count")
                    .db(db)
                    .changelog(changelog)
                    .contexts(contexts)
                    .arg("--count=" + count)
                    .run();
        }
    },
    COMMAND_SCOPE {
        @Override
        Outcome rollbackCount(TestDatabase db, String changelog, String contexts, int count) {
            return command(db, "rollbackCount", changelog, contexts, Map.of("count", count));
        }
    },
    /** {@code new Liquibase(..).rollback(count, null, contexts, labels)}, which the 4.33 Maven plugin calls too. */
    CLASSIC {
        @Override
        Outcome rollbackCount(TestDatabase db, String changelog, String contexts, int count) {
            return inScope(() -> {
                try (Liquibase liquibase = new Liquibase(changelog, resources(), open(db))) {
                    liquibase.rollback(count, null, new Contexts(contexts), new LabelExpression());
                }
                return "";
            });
        }
    },
    MAVEN_PLUGIN {
        @Override
        Outcome rollbackCount(TestDatabase db, String changelog, String contexts, int count) {
            return new MavenPlugin()
                    .run(db, "rollback", changelog, contexts, Map.of("liquibase.rollbackCount", "" + count), null);
        }
    };

    abstract Outcome rollbackCount(TestDatabase db, String changelog, String contexts, int count);

    /** {@code update} through {@code CommandScope}, for setting a database up quickly. */
    static Outcome update(TestDatabase db, String changelog, String contexts) {
        return command(db, "update", changelog, contexts, Map.of());
    }

    /** Any command through {@code CommandScope}, with the {@code database} argument. */
    static Outcome command(
            TestDatabase db, String command, String changelog, String contexts, Map<String, Object> args) {
        return inScope(() -> {
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
                args.forEach(scope::addArgumentValue);
                scope.execute();
                return out.toString(StandardCharsets.UTF_8);
            } finally {
                database.close();
            }
        });
    }

    private static ResourceAccessor resources() throws Exception {
        return new DirectoryResourceAccessor(Samples.root());
    }

    private static Database open(TestDatabase db) throws Exception {
        Database database =
                DatabaseFactory.getInstance().openDatabase(db.url(), db.username(), db.password(), null, resources());
        if (db.schema() != null) {
            database.setDefaultSchemaName(db.schema());
        }
        return database;
    }

    private interface Body {
        String run() throws Exception;
    }

    private static Outcome inScope(Body body) {
        try {
            Scope.ScopedRunnerWithReturn<String> runner = body::run;
            String output = Scope.child(
                    (liquibase.listener.LiquibaseListener) null,
                    Map.of(Scope.Attr.resourceAccessor.name(), resources()),
                    runner);
            return new Outcome(0, output, null);
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Outcome(1, trace.toString(), e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
