package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a command line with its output in log files under target/, and returns the real exit code. */
final class Subprocess {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Subprocess() {}

    /** The command line with long arguments (classpaths) shortened. */
    private static String display(List<String> command) {
        return command.stream()
                .map(arg -> arg.length() > 200 ? arg.substring(0, 60) + "...(" + arg.length() + " chars)" : arg)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    static Outcome run(
            String label, List<String> command, Path workingDir, Map<String, String> env, long timeoutMinutes) {
        Running running = start(label, command, workingDir, env);
        try {
            if (!running.process().waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                running.process().destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutMinutes + " min: " + command);
            }
            return running.outcome();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code command} with its output going to log files, without waiting for it. */
    static Running start(String label, List<String> command, Path workingDir, Map<String, String> env) {
        Path logs = ItSettings.workDir().resolve("logs");
        String name = String.format("%04d-%s", COUNTER.incrementAndGet(), label.replaceAll("[^A-Za-z0-9.-]+", "_"));
        Path out = logs.resolve(name + ".out.txt");
        Path err = logs.resolve(name + ".err.txt");
        try {
            Files.createDirectories(logs);
            Files.createDirectories(workingDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // Hermetic: Liquibase settings come from the test, not from the developer's shell.
            builder.environment().keySet().removeIf(variable -> variable.startsWith("LIQUIBASE_"));
            builder.environment().putAll(env);
            return new Running(builder.start(), display(command), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A started process and the files its output goes to.
     *
     * @param process the process; {@code process.destroyForcibly()} is {@code kill -9} on Linux
     * @param commandLine the command line for messages
     * @param out the file with its standard output
     * @param err the file with its standard error
     */
    record Running(Process process, String commandLine, Path out, Path err) {

        boolean isAlive() {
            return process.isAlive();
        }

        /** SIGKILL: the process gets no chance to clean up. */
        void kill() {
            process.destroyForcibly();
        }

        /** What it has printed to standard error so far (Liquibase's log; standard output is buffered). */
        String stderr() {
            try {
                return Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What it has printed so far (standard output, then standard error). */
        String outputSoFar() {
            try {
                return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits for the process to end and returns its outcome; kills it (and throws) after {@code timeoutSeconds}. */
        Outcome await(long timeoutSeconds) {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            "timed out after " + timeoutSeconds + " s: " + commandLine + "\n" + outputSoFar());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return outcome();
        }

        /** The exit code and output of the process, which must have ended. */
        Outcome outcome() {
            try {
                String output = "$ " + commandLine + "\n" + Files.readString(out, StandardCharsets.UTF_8)
                        + Files.readString(err, StandardCharsets.UTF_8);
                return new Outcome(process.exitValue(), output, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
