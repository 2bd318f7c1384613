package liquibase.ext.syzygy.it;

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

    /** A CLI started with {@code main} from {@code classpath}, with {@code baseEnv} in its environment. */
    Cli(String classpath, String label, String main, Map<String, String> baseEnv) {
        this.classpath = classpath;
        this.label = label;
        this.main = main;
        this.baseEnv = baseEnv;
    }

    /** Liquibase with liquibase-syzygy. */
    static Cli withExtension() {
        return new Cli(ItSettings.classpath("cliClasspathFile"), "cli", MAIN, Map.of());
    }

    /** Plain Liquibase, without the extension. */
    static Cli withoutExtension() {
        return new Cli(ItSettings.classpath("cliClasspathPlainFile"), "cli-plain", MAIN, Map.of());
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
        private final List<String> extraClasspath = new ArrayList<>();
        private java.nio.file.Path workingDir = ItSettings.workDir().resolve("cli");

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

        /** Appends {@code entry} (a jar, e.g. a library shipping changelogs) to the {@code -cp} list. */
        Invocation classpath(java.nio.file.Path entry) {
            extraClasspath.add(entry.toString());
            return this;
        }

        /**
         * Drops {@code --search-path} and runs in {@code dir}: Liquibase's default search path is then the working
         * directory plus the classpath, as for a CLI user with library jars.
         */
        Invocation defaultSearchPathIn(java.nio.file.Path dir) {
            globalArgs.removeIf(arg -> arg.startsWith("--search-path="));
            workingDir = dir;
            return this;
        }

        /** A Liquibase setting such as {@code liquibase.syzygy.requireStage}, passed as an environment variable. */
        Invocation setting(String key, String value) {
            return env(
                    key.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), value);
        }

        Outcome run() {
            return Subprocess.run(label + "-" + command, commandLine(), workingDir, env, 5);
        }

        /** Starts the command line and returns at once (see {@link Subprocess#start}). */
        Subprocess.Running start() {
            return Subprocess.start(label + "-" + command, commandLine(), workingDir, env);
        }

        private List<String> commandLine() {
            List<String> line = new ArrayList<>();
            line.add(ItSettings.javaExecutable());
            line.addAll(jvmArgs);
            line.add("-cp");
            List<String> entries = new ArrayList<>(List.of(classpath));
            entries.addAll(extraClasspath);
            line.add(String.join(java.io.File.pathSeparator, entries));
            line.add(main);
            line.addAll(globalArgs);
            line.add(command);
            line.addAll(args);
            return line;
        }
    }
}
