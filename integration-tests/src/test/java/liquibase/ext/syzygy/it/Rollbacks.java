package liquibase.ext.syzygy.it;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
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
            ResourceAccessor samples = samples();
            return JavaApi.inScope(samples, Map.of(), () -> {
                try (Liquibase liquibase = new Liquibase(changelog, samples, JavaApi.open(db, samples))) {
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

    /** Any command through {@code CommandScope}, with the {@code database} argument, on the samples directory. */
    static Outcome command(
            TestDatabase db, String command, String changelog, String contexts, Map<String, Object> args) {
        return JavaApi.command(samples(), db, Map.of(), command, changelog, contexts, args);
    }

    /** The samples as a directory, not the jar: the other entry points record these changeset paths too. */
    private static ResourceAccessor samples() {
        try {
            return new DirectoryResourceAccessor(Samples.root());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
