package liquibase.ext.syzygy.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import liquibase.ext.syzygy.fact.ChangeSetId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StagePatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "db/changelog.xml, db/changelog.xml, true",
        "db/changelog.xml, db/changelog.yaml, false",
        "db/*.xml, db/changelog.xml, true",
        "db/*.xml, db/lib/changelog.xml, false",
        "db/**.xml, db/lib/changelog.xml, true",
        "db/**, db/lib/deep/changelog.xml, true",
        "**/changelog.xml, changelog.xml, true",
        "**/changelog.xml, a/b/changelog.xml, true",
        "db/**/x.xml, db/x.xml, true",
        "db/?.xml, db/1.xml, true",
        "db/?.xml, db/12.xml, false",
        "db/?.xml, db//.xml, false",
        "lib/changelog.xml, classpath:lib/changelog.xml, true",
        "classpath:lib/changelog.xml, lib/changelog.xml, true",
        "/lib/changelog.xml, lib/changelog.xml, true",
        "lib/a+b(1).xml, lib/a+b(1).xml, true",
        "lib/a.xml, lib/aXxml, false",
    })
    void pathGlobs(String pattern, String file, boolean matches) {
        assertThat(StagePattern.parse(pattern).matches(new ChangeSetId(file, "1", "dev")))
                .isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} matches {1}::{2}: {3}")
    @CsvSource({
        "lib.xml::7::lib, 7, lib, true",
        "lib.xml::7::lib, 8, lib, false",
        "lib.xml::7::lib, 7, other, false",
        "lib.xml::*::lib, anything/with/slashes, lib, true",
        "lib.xml::7::*, 7, anyone, true",
        "lib.xml::1.?::*, 1.2, x, true",
        "lib.xml::1.?::*, 1.23, x, false",
    })
    void idAndAuthor(String pattern, String id, String author, boolean matches) {
        assertThat(StagePattern.parse(pattern).matches(new ChangeSetId("lib.xml", id, author)))
                .isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lib.xml::7", "lib.xml::7::a::b", "lib.xml::::a", "::7::a", "lib.xml::7:: ", " "})
    void malformedPatternsAreRejected(String pattern) {
        assertThatThrownBy(() -> StagePattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "classpath:/db/a.xml, db/a.xml::7::ann",
        "CLASSPATH:db/a.xml, db/a.xml::7::ann",
        "db\\win\\a.xml, db/win/a.xml::7::ann",
        "//abs/a.xml, abs/a.xml::7::ann"
    })
    void theExactPatternOfAChangeSetIsItsNormalizedIdAndMatchesIt(String file, String expected) {
        ChangeSetId id = new ChangeSetId(file, "7", "ann");
        assertThat(StagePattern.exact(id)).isEqualTo(expected);
        assertThat(StagePattern.parse(StagePattern.exact(id)).matches(id)).isTrue();
    }
}
