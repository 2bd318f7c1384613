package liquibase.ext.syzygy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.LabelExpression;
import liquibase.Labels;
import org.junit.jupiter.api.Test;

class CurrentRunTest {

    private static final List<Labels> CHANGESET_LABELS =
            List.of(new Labels(), new Labels("a"), new Labels("b"), new Labels("a", "b"), new Labels("c"));

    @Test
    void theReadOnlyMarkSelectsExactlyTheChangesetsTheFilterSelected() {
        for (String filter : List.of("a", "!a", "a, b", "a and b", "(a or b) and !c", "@a", "not b")) {
            LabelExpression plain = new LabelExpression(filter);
            LabelExpression marked = new LabelExpression(CurrentRun.markReadOnly(filter));
            for (Labels labels : CHANGESET_LABELS) {
                assertThat(marked.matches(labels))
                        .as("%s on %s", filter, labels)
                        .isEqualTo(plain.matches(labels));
            }
            assertThat(CurrentRun.isReadOnly(marked)).as(filter).isTrue();
            assertThat(CurrentRun.isReadOnly(plain)).as(filter).isFalse();
        }
    }

    @Test
    void noFilterBecomesAMarkThatSelectsEverything() {
        LabelExpression marked = new LabelExpression(CurrentRun.markReadOnly(null));
        assertThat(CHANGESET_LABELS).allMatch(marked::matches);
        assertThat(CurrentRun.isReadOnly(marked)).isTrue();
        assertThat(CurrentRun.markReadOnly(CurrentRun.markReadOnly("a"))).isEqualTo(CurrentRun.markReadOnly("a"));
    }
}
