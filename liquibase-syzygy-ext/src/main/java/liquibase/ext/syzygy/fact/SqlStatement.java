package liquibase.ext.syzygy.fact;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a raw-SQL change, as the SQL classifier understood it: the equivalent core change when the
 * statement is understood completely, so that it gets exactly the verdict that change type gets, else why not.
 *
 * @param text the statement as written, trimmed, without its delimiter
 * @param line the 1-based line of the change's SQL on which the statement starts
 * @param equivalent the core change that does what the statement does; empty when it is not understood
 * @param reason for an understood statement a short description, else why it is not understood
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

    /** The statement for messages: on one line, cut after 80 characters. */
    public String quoted() {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
