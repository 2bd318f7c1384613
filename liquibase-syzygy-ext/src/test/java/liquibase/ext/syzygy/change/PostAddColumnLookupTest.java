package liquibase.ext.syzygy.change;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
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

        assertThat(change.rollbackDefault(null))
                .as("same schema, table and column, ignoring case; not the other schema's, not the later one")
                .isEqualTo("anon");
    }

    @Test
    void aSchemaLeftOutIsTheDefaultSchema() throws Exception {
        ChangeSet post = Lb.changeSet("staged/post-add-default-schema.xml", "post-add-nick");
        PostAddColumnChange change = (PostAddColumnChange) post.getChanges().get(0);
        PostgresDatabase inApp = new PostgresDatabase();
        inApp.setDefaultSchemaName("app");
        PostgresDatabase inPublic = new PostgresDatabase();
        inPublic.setDefaultSchemaName("public");

        assertThat(change.rollbackDefault(inApp))
                .as("addColumnStaged names schema app")
                .isEqualTo("anon");
        assertThat(change.rollbackDefault(inPublic)).isNull();
        assertThat(change.validate(inPublic).getErrorMessages())
                .singleElement(as(STRING))
                .startsWith("[NO_STAGED_DEFAULT] staged/post-add-default-schema.xml::post-add-nick::syzygy:"
                        + " postAddColumn on column person.nick has no default to restore on rollback")
                .contains(" Fix: give postAddColumn the default to restore");
    }

    @Test
    void anExplicitDefaultWins() throws Exception {
        ChangeSet post = Lb.changeSet("staged/post-add-explicit-default.xml", "post-add-nick");
        assertThat(((PostAddColumnChange) post.getChanges().get(0)).rollbackDefault(null))
                .isEqualTo("someone");
    }
}
