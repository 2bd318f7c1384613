package liquibase.ext.syzygy.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import liquibase.ext.syzygy.Stage;

/**
 * One {@code PATTERN=STAGE} entry of {@code stageOverrides} or {@code stageFallbacks}: the changesets it selects and
 * the stage it gives them. Kept with its text so that decisions and messages can quote the exact entry.
 *
 * @param pattern the changesets the entry selects
 * @param stage the stage it gives them
 */
public record StageRule(StagePattern pattern, Stage stage) {

    /** The separators between entries: commas and line breaks. */
    private static final String SEPARATORS = "[,\\r\\n]+";

    public StageRule {
        Objects.requireNonNull(pattern, "pattern == null");
        Objects.requireNonNull(stage, "stage == null");
    }

    /**
     * The entries of a setting value, in order; blank entries are ignored.
     *
     * @param key the setting's key, named in errors
     * @throws StageSettingException naming the setting and the first bad entry
     */
    public static List<StageRule> parseAll(String key, String value) {
        List<StageRule> rules = new ArrayList<>();
        if (value == null) {
            return rules;
        }
        for (String entry : value.split(SEPARATORS)) {
            if (!entry.isBlank()) {
                rules.add(parse(key, entry.trim()));
            }
        }
        return List.copyOf(rules);
    }

    /** One {@code PATTERN=STAGE} entry; the stage is after the last {@code =}. */
    static StageRule parse(String key, String entry) {
        int equals = entry.lastIndexOf('=');
        if (equals < 0) {
            throw new StageSettingException(key, entry, "it has no '=STAGE'");
        }
        String word = entry.substring(equals + 1).trim();
        Stage stage = Stage.fromContextName(word)
                .orElseThrow(() -> new StageSettingException(
                        key,
                        entry,
                        word.isEmpty()
                                ? "the stage is empty"
                                : "'" + word + "' is not a stage (write pre-deploy or post-deploy)"));
        String pattern = entry.substring(0, equals);
        if (pattern.isBlank()) {
            throw new StageSettingException(key, entry, "the pattern is empty");
        }
        try {
            return new StageRule(StagePattern.parse(pattern), stage);
        } catch (IllegalArgumentException e) {
            throw new StageSettingException(key, entry, e.getMessage());
        }
    }

    /** The entry as a user writes it: {@code PATTERN=STAGE}. */
    public String entry() {
        return pattern.text() + "=" + stage.contextName();
    }

    @Override
    public String toString() {
        return entry();
    }
}
