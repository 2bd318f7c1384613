package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Liquibase CLI from plain jars, run as a subprocess:
 * {@code java -cp <liquibase-core and deps, picocli, drivers, extension> LiquibaseCommandLine <global> <command> <args>}.
 *
 * <p>The classpath is written at build time by {@code maven-dependency-plugin:build-classpath}. Changelogs are
 * read from the samples directory ({@code --search-path}).
 */
final class Cli implements Entrypoint {

    private static final String MAIN = "liquibase.integration.commandline.LiquibaseCommandLine";

    private final String classpath;
    private final String label;
    private final String main;
    private final Map<String, String> baseEnv;

    private Cli(String classpathFileKey, String label) {
        this(readClasspath(classpathFileKey), label, MAIN, Map.of());
    }

    private Cli(String classpath, String label, String main, Map<String, String> baseEnv) {
        this.classpath = classpath;
        this.label = label;
        this.main = main;
        this.baseEnv = baseEnv;
    }

    private static String readClasspath(String classpathFileKey) {
        try {
            return Files.readString(ItSettings.path(classpathFileKey), StandardCharsets.UTF_8)
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Liquibase installation ({@link LiquibaseHome}) started as its {@code liquibase} script does:
     * {@code LIQUIBASE_HOME=<home> java -cp <home>/internal/lib/liquibase-core.jar LiquibaseLauncher ...}.
     */
    static Cli distribution(java.nio.file.Path home) {
        return new Cli(
                home.resolve("internal/lib/liquibase-core.jar").toString(),
                "dist",
                "liquibase.integration.commandline.LiquibaseLauncher",
                Map.of("LIQUIBASE_HOME", home.toString()));
    }

    /** The plain-jar classpath of the CLI with the extension, one entry per jar. */
    static List<String> classpathEntries(boolean withExtension) {
        String file = withExtension ? "cliClasspathFile" : "cliClasspathPlainFile";
        return List.of(readClasspath(file).split(java.io.File.pathSeparator));
    }

    /** Liquibase with liquibase-syzygy. */
    static Cli withExtension() {
        return new Cli("cliClasspathFile", "cli");
    }

    /** Plain Liquibase, without the extension. */
    static Cli withoutExtension() {
        return new Cli("cliClasspathPlainFile", "cli-plain");
    }

    /** A command line to fill in and run. */
    Invocation command(String command) {
        return new Invocation(command);
    }

    @Override
    public Outcome update(TestDatabase db, String changelog, String contexts, Map<String, String> settings) {
        Invocation run = command("update").db(db).changelog(changelog).contexts(contexts);
        settings.forEach(run::setting);
        return run.run();
    }

    @Override
    public String toString() {
        return "CLI";
    }

    /** Builds {@code java [-D..] -cp .. LiquibaseCommandLine <globals> <command> <args>}. */
    final class Invocation {
        private final String command;
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> globalArgs = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new HashMap<>();

        private Invocation(String command) {
            this.command = command;
            globalArgs.add("--show-banner=false");
            globalArgs.add("--search-path=" + Samples.root());
            env.put("LIQUIBASE_ANALYTICS_ENABLED", "false");
            env.putAll(baseEnv);
        }

        Invocation db(TestDatabase db) {
            args.add("--url=" + db.url());
            if (db.username() != null) {
                args.add("--username=" + db.username());
            }
            if (db.password() != null) {
                args.add("--password=" + db.password());
            }
            if (db.schema() != null) {
                args.add("--default-schema-name=" + db.schema());
            }
            return this;
        }

        Invocation changelog(String path) {
            args.add("--changelog-file=" + path);
            return this;
        }

        /** Adds {@code --contexts=...} unless {@code contexts} is null. */
        Invocation contexts(String contexts) {
            if (contexts != null) {
                args.add("--contexts=" + contexts);
            }
            return this;
        }

        Invocation arg(String arg) {
            args.add(arg);
            return this;
        }

        /** A global option (before the command), e.g. {@code --output-file=...}. */
        Invocation global(String arg) {
            globalArgs.add(arg);
            return this;
        }

        Invocation env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Invocation jvm(String arg) {
            jvmArgs.add(arg);
            return this;
        }

        /** A Liquibase setting such as {@code liquibase.syzygy.requireStage}, passed as an environment variable. */
        Invocation setting(String key, String value) {
            return env(
                    key.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), value);
        }

        Outcome run() {
            List<String> line = new ArrayList<>();
            line.add(ItSettings.javaExecutable());
            line.addAll(jvmArgs);
            line.add("-cp");
            line.add(classpath);
            line.add(main);
            line.addAll(globalArgs);
            line.add(command);
            line.addAll(args);
            return Subprocess.run(
                    label + "-" + command, line, ItSettings.workDir().resolve("cli"), env, 5);
        }
    }
}
