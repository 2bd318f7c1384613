package liquibase.ext.syzygy.stage;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a raw-SQL change, as the SQL classifier understood it: the core change it is equivalent to, so
 * that the stage rules, the plan check and the schema replay treat it exactly as they treat that change type.
 *
 * @param text the statement as written, trimmed, without its delimiter or the comments before it, for messages
 * @param line the 1-based line, within the change's SQL text, where the statement starts (comments before it
 *     excluded)
 * @param equivalent the equivalent core change when the statement is understood completely; empty when it is not,
 *     and then the statement's stage is undecidable
 * @param reason what the statement does ("creates table app.orders"), or why it was not understood ("a function
 *     body cannot be analysed")
 */
public record SqlStatement(String text, int line, Optional<ChangeFacts> equivalent, String reason) {

    public SqlStatement {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(equivalent, "equivalent == null");
        Objects.requireNonNull(reason, "reason == null");
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }

    /** Whether the classifier understood the statement completely. */
    public boolean understood() {
        return equivalent.isPresent();
    }
}
