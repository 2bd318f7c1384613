package liquibase.ext.syzygy.quorum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a deployer is about to apply: the selected stage and its pending changesets, in order, with their checksums.
 * Deployers agree when their plans are equal; the hash keys the quorum's namespace, the text travels in the
 * coordination table so that a deployer with another plan can show what differs.
 *
 * @param stage the stage the run selects, e.g. {@code pre-deploy}
 * @param items the pending changesets, in the order they will run
 */
public record QuorumPlan(String stage, List<PlanItem> items) {

    public QuorumPlan {
        Objects.requireNonNull(stage, "stage == null");
        items = List.copyOf(items);
    }

    /** Nothing to apply: the quorum is skipped, as in django-syzygy. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** One line per changeset, {@code file::id::author TAB checksum}. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (PlanItem item : items) {
            text.append(item.changeSet()).append('\t').append(item.checksum()).append('\n');
        }
        return text.toString();
    }

    /** The plan of {@code stage} written by {@link #text()}. */
    public static QuorumPlan parse(String stage, String text) {
        List<PlanItem> items = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                items.add(new PlanItem(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return new QuorumPlan(stage, items);
    }

    /** SHA-256 of the stage and the text, in hex: equal plans, equal hashes. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(stage.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The namespace of this plan's quorum: the stage plus the first 32 hex digits of the hash. */
    public String namespace() {
        return stage + ":" + hash().substring(0, 32);
    }

    /**
     * What {@code other} has that this plan has not, and the reverse, one line each: changesets only one of them
     * would apply, changesets whose checksums differ, the same changesets in another order.
     */
    public List<String> differences(QuorumPlan other) {
        List<String> lines = new ArrayList<>();
        if (!stage.equals(other.stage)) {
            lines.add("stage " + stage + " here, " + other.stage + " there");
        }
        Map<String, String> mine = checksums(this);
        Map<String, String> theirs = checksums(other);
        for (Map.Entry<String, String> entry : mine.entrySet()) {
            String their = theirs.get(entry.getKey());
            if (their == null) {
                lines.add("only here: " + entry.getKey() + " (checksum " + entry.getValue() + ")");
            } else if (!their.equals(entry.getValue())) {
                lines.add("checksum differs: " + entry.getKey() + " is " + entry.getValue() + " here, " + their
                        + " there");
            }
        }
        for (Map.Entry<String, String> entry : theirs.entrySet()) {
            if (!mine.containsKey(entry.getKey())) {
                lines.add("only there: " + entry.getKey() + " (checksum " + entry.getValue() + ")");
            }
        }
        if (lines.isEmpty() && !items.equals(other.items)) {
            lines.add("the same changesets in another order");
        }
        return lines;
    }

    private static Map<String, String> checksums(QuorumPlan plan) {
        Map<String, String> checksums = new LinkedHashMap<>();
        plan.items.forEach(item -> checksums.put(item.changeSet(), item.checksum()));
        return checksums;
    }
}
