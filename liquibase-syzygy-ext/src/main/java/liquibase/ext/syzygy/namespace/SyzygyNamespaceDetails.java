package liquibase.ext.syzygy.namespace;

import liquibase.parser.LiquibaseParser;
import liquibase.parser.NamespaceDetails;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.serializer.LiquibaseSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/** Makes XML serializers write the extension's change types as {@code syzygy:...} with the extension's schema. */
public class SyzygyNamespaceDetails implements NamespaceDetails {

    @Override
    public int getPriority() {
        return PRIORITY_EXTENSION;
    }

    @Override
    public boolean supports(LiquibaseSerializer serializer, String namespaceOrUrl) {
        return serializer instanceof XMLChangeLogSerializer && isOurs(namespaceOrUrl);
    }

    @Override
    public boolean supports(LiquibaseParser parser, String namespaceOrUrl) {
        return parser instanceof XMLChangeLogSAXParser && isOurs(namespaceOrUrl);
    }

    @Override
    public String getShortName(String namespaceOrUrl) {
        return SyzygyNamespace.PREFIX;
    }

    @Override
    public String getSchemaUrl(String namespaceOrUrl) {
        return SyzygyNamespace.SCHEMA_URL;
    }

    @Override
    public String[] getNamespaces() {
        return new String[] {SyzygyNamespace.URI};
    }

    private static boolean isOurs(String namespaceOrUrl) {
        return SyzygyNamespace.URI.equals(namespaceOrUrl) || SyzygyNamespace.SCHEMA_URL.equals(namespaceOrUrl);
    }
}
