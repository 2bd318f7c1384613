package liquibase.ext.syzygy.namespace;

/** The XML namespace of the extension's change types and the location of its schema. */
public final class SyzygyNamespace {

    /** The namespace URI changelogs declare, e.g. {@code xmlns:syzygy="https://liquibase-syzygy.github.io/xml/ns/syzygy"}. */
    public static final String URI = "https://liquibase-syzygy.github.io/xml/ns/syzygy";

    /** The {@code xsi:schemaLocation} of the schema; the jar holds it at the lower-case path Liquibase resolves. */
    public static final String SCHEMA_URL = URI + "/liquibase-syzygy-1.0.xsd";

    /** The prefix serializers use. */
    public static final String PREFIX = "syzygy";

    private SyzygyNamespace() {}
}
