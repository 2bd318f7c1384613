package liquibase.ext.syzygy.finding;

import java.util.Objects;

/**
 * Where a changeset is written: the changelog file and the line its declaration starts on.
 *
 * <p>Liquibase does not record line numbers, yet CI annotations (SARIF, GitHub, JUnit) point at a line; line 1 is
 * the honest answer when the changeset could not be found in its file.
 *
 * @param file the changelog file as Liquibase loaded it (relative to the search path)
 * @param line the 1-based line, 1 when unknown
 */
public record SourceLocation(String file, int line) {

    public SourceLocation {
        Objects.requireNonNull(file, "file == null");
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }

    /** The start of {@code file}: where a changeset that could not be located is reported. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1);
    }
}
