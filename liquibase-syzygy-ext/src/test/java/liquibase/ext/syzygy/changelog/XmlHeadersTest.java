package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlHeadersTest {

    private static Map<String, Integer> find(String xml) {
        return ChangeSetLines.find("db/changelog.xml", xml);
    }

    @Test
    void onlyTheAttributesNamedIdAndAuthorCount() {
        String xml =
                """
                <databaseChangeLog>
                  <changeSet dbms-id="no" x:id="no" author-name="no"
                             author="a" id="real"/>
                  <changeSet id = 'spaced' author = "b" />
                </databaseChangeLog>
                """;
        assertThat(find(xml)).isEqualTo(Map.of("real::a", 2, "spaced::b", 4));
    }

    @Test
    void commentsCdataAndDeclarationsHideWhatTheyContain() {
        String xml =
                """
                <?xml version="1.0"?>
                <!DOCTYPE databaseChangeLog [ <!ENTITY x "<changeSet id='e' author='e'>"> ]>
                <databaseChangeLog>
                  <!-- an old version:
                  <changeSet id="1" author="a">
                  -->
                  <changeSet id="2" author="a"><sql><![CDATA[ <changeSet id="3" author="a"> ]]></sql></changeSet>
                  <changeSet id="1" author="a"/>
                </databaseChangeLog>
                """;
        assertThat(find(xml)).isEqualTo(Map.of("2::a", 7, "1::a", 8));
    }

    @Test
    void aGreaterThanInsideAValueDoesNotEndTheTag() {
        String xml = "<changeSet labels=\"a > b\" id=\"1\"\n author=\"x\"/>\n<changeSet id=\"2\" author=\"x\"/>";
        assertThat(find(xml)).isEqualTo(Map.of("1::x", 1, "2::x", 3));
    }

    @Test
    void referencesAreDecodedAndLineBreaksCounted() {
        String xml = "<a>\r\n<changeSet id=\"&#65;&#x42;&lt;\" author=\"o&apos;neil &amp; co\"/>\r"
                + "<changeSet id=\"tab\tbed\" author=\"x\"/>";
        assertThat(find(xml)).isEqualTo(Map.of("AB<::o'neil & co", 2, "tab bed::x", 3));
    }

    @Test
    void similarTagNamesAreNotChangeSets() {
        String xml = "<changeSetExtra id=\"1\" author=\"a\"/><xchangeSet id=\"2\" author=\"a\"/>"
                + "<ns:changeSet id=\"3\" author=\"a\"/></changeSet>";
        assertThat(find(xml)).isEqualTo(Map.of("3::a", 1));
    }

    @Test
    void truncatedTextEndsTheScan() {
        assertThat(find("<changeSet id=\"1\" author=\"a")).isEmpty();
        assertThat(find("<!-- <changeSet id=\"1\" author=\"a\">")).isEmpty();
        assertThat(find("<changeSet id=\"1\" author=\"a\"")).isEqualTo(Map.of("1::a", 1));
    }
}
