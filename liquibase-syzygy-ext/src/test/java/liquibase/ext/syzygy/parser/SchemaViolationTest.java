package liquibase.ext.syzygy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.exception.ChangeLogParseException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class SchemaViolationTest {

    private static ChangeLogParseException parseFailure(String reason, int line, int column) {
        SAXParseException sax = new SAXParseException(reason, null, null, line, column);
        return new ChangeLogParseException("Error parsing line " + line + " of db.xml: " + reason, sax);
    }

    @Test
    void aBooleanTheSchemaRefusesIsCodedWithItsLineAndTheSpellingsItAccepts() {
        ChangeLogParseException coded = SchemaViolation.of(
                        "db.xml",
                        parseFailure(
                                "cvc-datatype-valid.1.2.3: 'yes' is not a valid value of union type 'booleanExp'.",
                                10,
                                69))
                .orElseThrow();
        assertThat(coded.getMessage())
                .isEqualTo("[INVALID_CHANGELOG] db.xml line 10, column 69: cvc-datatype-valid.1.2.3: 'yes' is not a"
                        + " valid value of union type 'booleanExp'. Fix: write true or false (or a ${property} that"
                        + " resolves to one); Liquibase's schema accepts no other boolean spelling.");
    }

    @Test
    void theHttpNamespaceNamesTheHttpsOne() {
        String reason = "TargetNamespace.1: Expecting namespace 'http://liquibase-syzygy.github.io/xml/ns/syzygy', but"
                + " the target namespace of the schema document is 'https://liquibase-syzygy.github.io/xml/ns/syzygy'.";
        assertThat(SchemaViolation.remedy(reason))
                .contains("xmlns:syzygy=\"https://liquibase-syzygy.github.io/xml/ns/syzygy\"");
    }

    @Test
    void codedAndNonXmlFailuresPassThrough() {
        assertThat(SchemaViolation.of("a.xml", new ChangeLogParseException("[INCLUDE_LOOP] a.xml includes a.xml")))
                .isEmpty();
        assertThat(SchemaViolation.of("a.yaml", new ChangeLogParseException("bad yaml")))
                .isEmpty();
    }
}
