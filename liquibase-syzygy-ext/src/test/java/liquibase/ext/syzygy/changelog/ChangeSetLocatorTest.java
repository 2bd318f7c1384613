package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changesets parsed by Liquibase (through the extension's parser) are located on their header's line. */
class ChangeSetLocatorTest {

    @TempDir
    Path dir;

    @Test
    void aFormattedSqlAuthorWithASpaceIsOnItsOwnLineNotLineOne() throws Exception {
        Files.writeString(
                dir.resolve("release.sql"),
                """
                --liquibase formatted sql

                --changeset John Doe:42 context:pre-deploy
                CREATE TABLE t (id INT);

                --changeset "Jane Roe":43 context:post-deploy
                DROP TABLE t;
                """);
        ResourceAccessor resources = new DirectoryResourceAccessor(dir);
        List<ChangeSet> changeSets = ChangeLogParserFactory.getInstance()
                .getParser("release.sql", resources)
                .parse("release.sql", new ChangeLogParameters(), resources)
                .getChangeSets();
        ChangeSetLocator locator = new ChangeSetLocator(resources);

        assertThat(changeSets)
                .extracting(changeSet -> locator.locate(
                        new ChangeSetId("release.sql", changeSet.getId(), changeSet.getAuthor()), changeSet))
                .containsExactly(new SourceLocation("release.sql", 3), new SourceLocation("release.sql", 6));
    }

    @Test
    void aFileItCannotReadIsReportedAtLineOne() {
        ChangeSet changeSet = new ChangeSet("1", "a", false, false, "gone.xml", null, null, null);
        SourceLocation location = new ChangeSetLocator(null).locate(new ChangeSetId("gone.xml", "1", "a"), changeSet);
        assertThat(location).isEqualTo(SourceLocation.startOf("gone.xml"));
    }
}
