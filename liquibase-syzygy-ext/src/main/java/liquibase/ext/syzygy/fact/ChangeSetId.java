package liquibase.ext.syzygy.fact;

import java.util.Objects;

/**
 * Identifies a changeset the way Liquibase and its users do: {@code file::id::author}.
 *
 * @param file the changeset's (logical) changelog path
 * @param id the changeset id
 * @param author the changeset author
 */
public record ChangeSetId(String file, String id, String author) {

    public ChangeSetId {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(author, "author == null");
    }

    @Override
    public String toString() {
        return file + "::" + id + "::" + author;
    }
}
