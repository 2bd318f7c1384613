package liquibase.ext.syzygy.stage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;

/** Builders for test changesets: {@code Facts.changeSet("3", "test", change("dropTable", "tableName", "t"))}. */
public final class Facts {

    private Facts() {}

    public static ChangeFacts change(String type, String... keyValues) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return ChangeFacts.of(type, properties);
    }

    public static ChangeSetFacts changeSet(String id, String context, ChangeFacts... changes) {
        return new ChangeSetFacts(
                new ChangeSetId("db/changelog.xml", id, "dev"), context, List.of(), Arrays.asList(changes), false);
    }

    public static ChangeSetFacts inherited(String id, String inherited, ChangeFacts... changes) {
        return new ChangeSetFacts(
                new ChangeSetId("db/changelog.xml", id, "dev"), "", List.of(inherited), Arrays.asList(changes), false);
    }
}
