package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/** Stage assignment rewrites contexts only, which are not part of the checksum: applied changesets stay valid. */
class ChecksumStabilityTest {

    private static final ResourceAccessor RESOURCES = new ClassLoaderResourceAccessor();
    private static final String FILE = "fixtures/xml/changelog.xml";

    /** Computed once with plain Liquibase 4.33.0's XML parser, without the extension. */
    private static final String PINNED = "9:f2edc8c06a2206e5cda1187ecf75516d";

    @Test
    void plainLiquibaseComputesThePinnedChecksum() throws Exception {
        DatabaseChangeLog plain = new XMLChangeLogSAXParser().parse(FILE, new ChangeLogParameters(), RESOURCES);

        ChangeSet changeSet = changeSet(plain, "2");
        assertThat(String.valueOf(changeSet.getContextFilter())).isEqualTo("!nightly");
        assertThat(checksum(changeSet)).isEqualTo(PINNED);
    }

    @Test
    void theChecksumIsTheSameWithTheStageAssigned() throws Exception {
        DatabaseChangeLog staged = ChangeLogParserFactory.getInstance()
                .getParser(FILE, RESOURCES)
                .parse(FILE, new ChangeLogParameters(), RESOURCES);

        ChangeSet changeSet = changeSet(staged, "2");
        assertThat(String.valueOf(changeSet.getContextFilter())).isEqualTo("(!nightly) and pre-deploy");
        assertThat(checksum(changeSet)).isEqualTo(PINNED);
    }

    private static String checksum(ChangeSet changeSet) {
        return changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
    }

    private static ChangeSet changeSet(DatabaseChangeLog changeLog, String id) {
        return changeLog.getChangeSets().stream()
                .filter(cs -> cs.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
