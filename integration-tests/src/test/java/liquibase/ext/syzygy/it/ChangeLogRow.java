package liquibase.ext.syzygy.it;

/** One DATABASECHANGELOG row. */
record ChangeLogRow(String id, String author, String filename, String contexts, String md5sum, String exectype) {

    /** {@code file::id::author}, the way findings name changesets. */
    String fullId() {
        return filename + "::" + id + "::" + author;
    }
}
