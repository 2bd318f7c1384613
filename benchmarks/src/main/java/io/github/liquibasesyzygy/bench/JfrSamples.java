package io.github.liquibasesyzygy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** The execution samples of a JFR recording, read the same way by every benchmark that attributes time to phases. */
public final class JfrSamples {

    /** The JFR event of a sampled Java thread. */
    public static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

    private JfrSamples() {}

    /** Calls {@code sample} with the stack of every execution sample in {@code file} that has one. */
    public static void forEachStack(Path file, Consumer<RecordedStackTrace> sample) throws IOException {
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (EXECUTION_SAMPLE.equals(event.getEventType().getName()) && event.getStackTrace() != null) {
                sample.accept(event.getStackTrace());
            }
        }
    }
}
