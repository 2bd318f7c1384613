package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Effect;
import org.junit.jupiter.api.Test;

class ChangeSetFactsReaderTest {

    private final ChangeSetFactsReader reader = new ChangeSetFactsReader(null);

    @Test
    void readsIdContextsAndSimpleProperties() {
        ChangeSet changeSet = StageAssignerTest.changeSet("7", "!nightly");
        AddColumnChange add = new AddColumnChange();
        add.setTableName("person");
        add.setSchemaName("app");
        AddColumnConfig email = new AddColumnConfig();
        email.setName("email");
        email.setType("varchar(100)");
        add.addColumn(email);
        changeSet.addChange(add);

        ChangeSetFacts facts = reader.read(changeSet);

        assertThat(facts.id().toString()).isEqualTo("db/changelog.xml::7::alice");
        assertThat(facts.contextExpression()).isEqualTo("!nightly");
        assertThat(facts.fromJar()).isFalse();
        ChangeFacts change = facts.changes().get(0);
        assertThat(change.type()).isEqualTo("addColumn");
        assertThat(change.effects())
                .containsExactly(new Effect.AddColumns(
                        DbObject.of("app", "person"),
                        List.of(new ColumnFacts("email", "varchar(100)", true, false, false)),
                        false));
        assertThat(change.columns()).containsExactly(new ColumnFacts("email", "varchar(100)", true, false, false));
        assertThat(change.declaredStage()).isEmpty();
    }

    @Test
    void columnsHonourConstraintsDefaultsAndAutoIncrement() {
        CreateTableChange create = new CreateTableChange();
        create.setTableName("person");
        create.addColumn(
                column("id", new ConstraintsConfig().setPrimaryKey(true)).setAutoIncrement(true));
        create.addColumn(column("name", new ConstraintsConfig().setNullable(false)));
        create.addColumn(
                column("status", new ConstraintsConfig().setNullable(false)).setDefaultValue("new"));
        ChangeSet changeSet = StageAssignerTest.changeSet("8", "");
        changeSet.addChange(create);

        assertThat(reader.read(changeSet).changes().get(0).columns())
                .containsExactly(
                        new ColumnFacts("id", "int", false, true, true),
                        new ColumnFacts("name", "int", false, false, false),
                        new ColumnFacts("status", "int", false, true, false));
    }

    private static ColumnConfig column(String name, ConstraintsConfig constraints) {
        return new ColumnConfig().setName(name).setType("int").setConstraints(constraints);
    }
}
