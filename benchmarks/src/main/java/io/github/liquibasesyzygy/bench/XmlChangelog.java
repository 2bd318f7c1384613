package io.github.liquibasesyzygy.bench;

/**
 * The opening of every XML changelog the benchmarks write: Liquibase's namespace plus the extension's, so that one
 * header serves changelogs with core and staged change types alike.
 */
public final class XmlChangelog {

    /** Everything before the first changeset or include; close the document with {@code </databaseChangeLog>}. */
    public static final String HEADER =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xmlns:syzygy="https://liquibase-syzygy.github.io/xml/ns/syzygy"
                               xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                   http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd
                                   https://liquibase-syzygy.github.io/xml/ns/syzygy
                                   https://liquibase-syzygy.github.io/xml/ns/syzygy/liquibase-syzygy-1.0.xsd">
            """;

    private XmlChangelog() {}
}
