package liquibase.ext.syzygy.it;

/** The databases every scenario runs on. */
enum DbKind {
    POSTGRESQL,
    SQLITE
}
