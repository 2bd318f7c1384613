package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * At 50,000 changesets in one file, each scanner reads every character a bounded number of times: a structural
 * guarantee that the scan is linear, with no wall-clock assertion. (The previous scan counted each changeset's line
 * from the start of the file, about 25,000 reads per character at this size.)
 */
class ChangeSetLinesScaleTest {

    private static final int CHANGESETS = 50_000;
    private static final int MAX_READS_PER_CHARACTER = 6;

    @Test
    void xml() {
        assertLinear(
                "big.xml",
                "<databaseChangeLog>\n",
                i ->
                        """
                  <changeSet id="%d" author="a b">
                    <dropColumn tableName="t" columnName="c%d"/>
                  </changeSet>
                """
                                .formatted(i, i),
                3);
    }

    @Test
    void yaml() {
        assertLinear(
                "big.yaml",
                "databaseChangeLog:\n",
                i ->
                        """
                  - changeSet:
                      id: "%d"
                      author: a b
                      changes:
                        - dropColumn: {tableName: t, columnName: c%d}
                """
                                .formatted(i, i),
                5);
    }

    @Test
    void json() {
        assertLinear(
                "big.json",
                "{\"databaseChangeLog\": [\n",
                i ->
                        """
                  {"changeSet": {"id": "%d", "author": "a b",
                    "changes": [{"dropColumn": {"tableName": "t", "columnName": "c%d"}}]}},
                """
                                .formatted(i, i),
                2);
    }

    @Test
    void formattedSql() {
        assertLinear(
                "big.sql",
                "--liquibase formatted sql\n",
                i ->
                        """
                --changeset a b:%d context:post-deploy
                ALTER TABLE t DROP COLUMN c%d;
                """
                                .formatted(i, i),
                2);
    }

    /** {@code changeSet(i)} is {@code linesEach} lines long and starts with its header. */
    private static void assertLinear(String file, String header, IntFunction<String> changeSet, int linesEach) {
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < CHANGESETS; i++) {
            text.append(changeSet.apply(i));
        }
        CountingText counted = new CountingText(text.toString());

        Map<String, Integer> lines = ChangeSetLines.find(file, counted);

        assertThat(lines).hasSize(CHANGESETS);
        assertThat(lines.get(ChangeSetLines.key("0", "a b"))).isEqualTo(2);
        assertThat(lines.get(ChangeSetLines.key(String.valueOf(CHANGESETS - 1), "a b")))
                .isEqualTo(2 + (CHANGESETS - 1) * linesEach);
        assertThat(counted.reads())
                .as("character reads of a %,d-character file", counted.length())
                .isLessThanOrEqualTo((long) MAX_READS_PER_CHARACTER * counted.length());
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {

        private final String text;
        private long reads;

        CountingText(String text) {
            this.text = text;
        }

        long reads() {
            return reads;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}
