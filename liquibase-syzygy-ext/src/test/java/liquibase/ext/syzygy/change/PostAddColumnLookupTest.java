package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.testing.Lb;
import org.junit.jupiter.api.Test;

/** postAddColumn finds the default to restore in the root changelog, across includes and formats. */
class PostAddColumnLookupTest {

    @Test
    void takesTheDefaultOfTheMatchingEarlierAddColumnStaged() throws Exception {
        ChangeSet post = Lb.parse("staged/include/root.xml").getChangeSets().stream()
                .filter(cs -> cs.getId().equals("post-add-nick"))
                .findFirst()
                .orElseThrow();
        PostAddColumnChange change = (PostAddColumnChange) post.getChanges().get(0);

        assertThat(change.rollbackDefault())
                .as("same schema, table and column, ignoring case; not the other schema's, not the later one")
                .isEqualTo("anon");
    }

    @Test
    void anExplicitDefaultWins() throws Exception {
        ChangeSet post = Lb.changeSet("staged/post-add-explicit-default.xml", "post-add-nick");
        assertThat(((PostAddColumnChange) post.getChanges().get(0)).rollbackDefault())
                .isEqualTo("someone");
    }
}
