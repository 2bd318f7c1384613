package io.github.liquibasesyzygy.bench.chaos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One deployer: a real Liquibase CLI process running {@code update --contexts=pre-deploy}, its output copied to a
 * log file line by line, so that the harness knows when it started applying changesets (the first
 * {@code Running Changeset} line: it holds the lock then) and can kill it with SIGKILL at that moment.
 */
final class Deployer implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Thread reader;
    private volatile long firstChangeSetNanos;

    private Deployer(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(() -> copy(log), "chaos-" + name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code java -cp classPath LiquibaseCommandLine ... update} against {@code url} in {@code dir}. */
    static Deployer start(String name, String classPath, Path dir, String changelog, String url, Path log)
            throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                classPath,
                "liquibase.integration.commandline.LiquibaseCommandLine",
                "--show-banner=false",
                "--changelog-lock-wait-time-in-minutes=1",
                "--changelog-lock-poll-rate=1",
                "update",
                "--url=" + url,
                "--changelog-file=" + changelog,
                "--contexts=pre-deploy");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("LIQUIBASE_"));
        builder.environment().put("LIQUIBASE_ANALYTICS_ENABLED", "false");
        Files.createDirectories(log.getParent());
        return new Deployer(name, builder.start(), log);
    }

    private void copy(Path log) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (firstChangeSetNanos == 0 && line.startsWith("Running Changeset")) {
                    firstChangeSetNanos = System.nanoTime();
                }
                out.println(line);
            }
        } catch (IOException e) {
            // The process was killed mid-line: its log ends there.
        }
    }

    String name() {
        return name;
    }

    /** Whether it printed its first {@code Running Changeset} line (it held the lock then). */
    boolean applying() {
        return firstChangeSetNanos != 0;
    }

    /** When it printed its first {@code Running Changeset} line ({@link System#nanoTime}), 0 if not yet. */
    long firstChangeSetNanos() {
        return firstChangeSetNanos;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no rollback, no lock release by the process itself. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits up to {@code millis} for the process to end; its exit code, or -1 if it still runs. */
    int await(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        reader.join(2_000);
    }
}
