package liquibase.ext.syzygy.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;

/** Runs Liquibase commands in-process the way a Java API user would. */
public final class Commands {

    private Commands() {}

    /** {@code update} with the given contexts (null for none). */
    public static CommandResults update(String url, String changelog, String contexts) throws Exception {
        return new CommandScope("update")
                .addArgumentValue("url", url)
                .addArgumentValue("changelogFile", changelog)
                .addArgumentValue("contexts", contexts)
                .setOutput(new ByteArrayOutputStream())
                .execute();
    }

    /** A command's output and results; the command's exception, if any, propagates. */
    public record Run(String output, CommandResults results) {}

    /** Runs {@code command} with the arguments, capturing its output even when it fails. */
    public static Run run(String command, Map<String, Object> arguments, ByteArrayOutputStream output)
            throws Exception {
        CommandScope scope = new CommandScope(command).setOutput(output);
        arguments.forEach(scope::addArgumentValue);
        CommandResults results = scope.execute();
        return new Run(output.toString(StandardCharsets.UTF_8), results);
    }
}
