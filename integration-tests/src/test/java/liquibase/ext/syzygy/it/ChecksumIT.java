package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assigning stages does not change checksums: staged runs record the same MD5SUMs as plain Liquibase. */
class ChecksumIT {

    @Test
    void stagedRunsRecordTheChecksumsOfPlainLiquibase() throws Exception {
        try (TestDatabase staged = Databases.sqlite("checksum-staged");
                TestDatabase plain = Databases.sqlite("checksum-plain")) {
            Cli syzygy = Cli.withExtension();
            assertThat(syzygy.update(staged, Samples.SHOP, "pre-deploy").succeeded())
                    .isTrue();
            assertThat(syzygy.update(staged, Samples.SHOP, "post-deploy").succeeded())
                    .isTrue();
            Outcome vanilla = Cli.withoutExtension().update(plain, Samples.SHOP, null);
            assertThat(vanilla.succeeded()).as("%s", vanilla).isTrue();

            assertThat(checksums(staged)).hasSize(ShopHistory.ALL.size()).isEqualTo(checksums(plain));
            assertThat(plain.changeLog())
                    .filteredOn(row -> row.contexts() != null && row.contexts().contains("deploy"))
                    .as("plain Liquibase records only the declared contexts")
                    .extracting(ChangeLogRow::id)
                    .containsExactlyElementsOf(ShopHistory.DEFINED);
        }
    }

    private static List<String> checksums(TestDatabase db) {
        return db.changeLog().stream()
                .map(row -> row.fullId() + " " + row.md5sum())
                .sorted()
                .toList();
    }
}
