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
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutMinutes + " min: " + command);
            }
            String output = "$ " + display(command) + "\n" + Files.readString(out, StandardCharsets.UTF_8)
                    + Files.readString(err, StandardCharsets.UTF_8);
            return new Outcome(process.exitValue(), output, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
