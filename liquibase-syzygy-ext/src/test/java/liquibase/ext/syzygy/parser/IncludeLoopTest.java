package liquibase.ext.syzygy.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import liquibase.ext.syzygy.testing.Lb;
import liquibase.ext.syzygy.testing.Sqlite;
import org.junit.jupiter.api.Test;

/** An include loop is a coded parse error naming the files, not a StackOverflowError. */
class IncludeLoopTest {

    @Test
    void aFileIncludingItself() {
        assertThatThrownBy(() -> Lb.parse("loop/self.xml"))
                .hasMessageContaining("[INCLUDE_LOOP] The changelogs include each other in a loop: loop/self.xml"
                        + " includes loop/self.xml. Fix: remove the include that leads back to loop/self.xml.");
    }

    @Test
    void twoFilesIncludingEachOtherAndNothingIsApplied() throws Exception {
        try (Sqlite sqlite = new Sqlite("include-loop")) {
            assertThatThrownBy(() -> sqlite.liquibase().update("loop/a.xml", Lb.ALL))
                    .hasMessageContaining("[INCLUDE_LOOP] The changelogs include each other in a loop: loop/a.xml"
                            + " includes loop/b.xml includes loop/a.xml. Fix: remove the include that leads back to"
                            + " loop/a.xml.");
            try (ResultSet tables = sqlite.jdbc.getMetaData().getTables(null, null, "looped", null)) {
                assertThat(tables.next()).as("nothing applied").isFalse();
            }
        }
    }
}
