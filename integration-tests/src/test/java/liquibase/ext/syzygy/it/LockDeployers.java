package liquibase.ext.syzygy.it;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * CLI deployers for the lock tests: {@code update --contexts=pre-deploy} of a {@code lock-it/} changelog (from the
 * test classpath), polling for the lock every second, started as real processes.
 */
final class LockDeployers {

    private LockDeployers() {}

    /** An update of {@code changelog} whose slow changeset takes {@code sleepSeconds}. */
    static Cli.Invocation update(TestDatabase db, String changelog, int sleepSeconds) {
        return command("update", db)
                .changelog(changelog)
                .contexts("pre-deploy")
                .jvm("-Dlockit.sleep=" + sleepSeconds)
                .setting("liquibase.changelogLockPollRate", "1")
                .setting("liquibase.changelogLockWaitTimeInMinutes", "3");
    }

    /** Any command against {@code db} that finds the {@code lock-it/} changelogs on its classpath. */
    static Cli.Invocation command(String command, TestDatabase db) {
        return Cli.withExtension()
                .command(command)
                .db(db)
                .classpath(testClasses())
                .defaultSearchPathIn(ItSettings.workDir().resolve("lock-cli"));
    }

    /** Starts {@code count} deployers at once. */
    static List<Subprocess.Running> startAll(int count, java.util.function.Supplier<Cli.Invocation> deployer) {
        List<Subprocess.Running> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            running.add(deployer.get().start());
        }
        return running;
    }

    /** Waits until {@code process}'s output satisfies {@code condition}; fails after {@code timeout}. */
    static void awaitOutput(Subprocess.Running process, Predicate<String> condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(process.outputSoFar())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + ":\n" + process.outputSoFar());
            }
            if (!process.process().isAlive() && !condition.test(process.outputSoFar())) {
                throw new AssertionError("the process ended before " + what + ":\n" + process.outputSoFar());
            }
            Thread.sleep(50);
        }
    }

    /** The UI line Liquibase prints as a changeset starts. */
    static String running(String changelog, String id) {
        return "Running Changeset: " + changelog + "::" + id + "::it";
    }

    static Path testClasses() {
        try {
            return Path.of(LockDeployers.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
