package io.github.liquibasesyzygy.bench.e2e;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * The phases of a Liquibase {@code update} that has nothing to apply, recognised in a sampled stack by the Liquibase
 * frames that enter them. A sample belongs to its outermost phase: reading DATABASECHANGELOG during validation is
 * validation. The up-to-date check ({@code AbstractUpdateCommandStep.isUpToDate}) is a pass over the changelog
 * against DATABASECHANGELOG; when it finds nothing to run, the update pass never starts.
 */
enum RunPhase {
    PARSE("parse the changelog"),
    VALIDATE("validate it"),
    UP_TO_DATE("up-to-date check"),
    CONNECT("connect"),
    LOCK("lock"),
    OTHER("other");

    private static final String RUN_ENTRY = LiquibaseUpdate.class.getName();

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    /** The phase a frame enters, or null when it enters none. */
    private static RunPhase enteredBy(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        String type = method.getType().getName();
        String name = method.getName();
        if (type.startsWith("liquibase.parser.")) {
            return PARSE;
        } else if (type.equals("liquibase.changelog.DatabaseChangeLog") && name.equals("validate")) {
            return VALIDATE;
        } else if (name.equals("isUpToDate")) {
            return UP_TO_DATE;
        } else if (type.equals("liquibase.command.core.helpers.DbUrlConnectionCommandStep")) {
            return CONNECT;
        } else if (type.startsWith("liquibase.lockservice.")) {
            return LOCK;
        }
        return null;
    }

    static String header() {
        StringBuilder header = new StringBuilder("| database | runs | nothing-to-do `update` ms (median) | samples |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|---:|");
        for (RunPhase phase : values()) {
            header.append(' ').append(phase.label).append(phase == VALIDATE ? " (checksums) |" : " |");
            rule.append("---:|");
        }
        return header.append('\n').append(rule).toString();
    }

    /** Samples counted per phase, plus those of validation spent on checksums. */
    static final class Tally {

        private final Map<RunPhase, Integer> samples = new EnumMap<>(RunPhase.class);
        private int total;
        private int checksums;
        private int truncated;

        /** Counts a sample taken inside a Liquibase run; ignores any other. */
        void add(RecordedStackTrace stack) {
            List<RecordedFrame> frames = stack.getFrames();
            boolean inRun = frames.stream()
                    .anyMatch(f -> f.getMethod().getType().getName().equals(RUN_ENTRY));
            if (!inRun) {
                truncated += stack.isTruncated() ? 1 : 0;
                return;
            }
            RunPhase phase = OTHER;
            for (int i = frames.size() - 1; i >= 0 && phase == OTHER; i--) {
                RunPhase entered = enteredBy(frames.get(i));
                phase = entered == null ? OTHER : entered;
            }
            samples.merge(phase, 1, Integer::sum);
            total++;
            if (phase == VALIDATE && frames.stream().anyMatch(Tally::isChecksum)) {
                checksums++;
            }
        }

        private static boolean isChecksum(RecordedFrame frame) {
            String name = frame.getMethod().getName();
            return name.equals("generateCheckSum") || name.equals("isCheckSumValid");
        }

        String row(String db, int runs, double medianMs) {
            if (truncated > 0) {
                throw new IllegalStateException(truncated + " samples had stacks deeper than JFR records; run with"
                        + " -XX:FlightRecorderOptions:stackdepth=512 (the bench profile's default)");
            }
            StringBuilder row = new StringBuilder(String.format("| %s | %d | %.0f | %d |", db, runs, medianMs, total));
            for (RunPhase phase : values()) {
                row.append(String.format(" %.1f%%", 100.0 * samples.getOrDefault(phase, 0) / total));
                if (phase == VALIDATE) {
                    row.append(String.format(" (%.1f%%)", 100.0 * checksums / total));
                }
                row.append(" |");
            }
            return row.toString();
        }
    }
}
