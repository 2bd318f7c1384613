package liquibase.ext.syzygy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.changelog.ChangeSetStages;
import liquibase.ext.syzygy.stage.Origin;
import liquibase.ext.syzygy.stage.StageDecision;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

class StageAssigningChangeLogParserTest {

    private static final ResourceAccessor RESOURCES = new ClassLoaderResourceAccessor();

    @Test
    void xmlChangeSetsGetTheirStageIncludingIncludedOnes() throws Exception {
        DatabaseChangeLog changeLog = parse("fixtures/xml/changelog.xml", StageAssigningChangeLogParser.class);

        assertThat(contextsById(changeLog))
                .containsExactly(
                        Map.entry("1", "pre-deploy"),
                        Map.entry("2", "(!nightly) and pre-deploy"),
                        Map.entry("10", "pre-deploy"),
                        Map.entry("3", "post-deploy"));
        ChangeSet included = changeSet(changeLog, "10");
        assertThat(included.buildFullContext()).isEqualTo("app AND pre-deploy");
        assertThat(ChangeSetStages.facts(included).orElseThrow().inheritedContextExpressions())
                .containsExactly("app");
    }

    @Test
    void decisionAndOriginalFactsAreStoredOnEachChangeSet() throws Exception {
        DatabaseChangeLog changeLog = parse("fixtures/xml/changelog.xml", StageAssigningChangeLogParser.class);

        ChangeSet withContext = changeSet(changeLog, "2");
        StageDecision decision = ChangeSetStages.decision(withContext).orElseThrow();
        assertThat(decision.stage()).contains(Stage.PRE_DEPLOY);
        assertThat(decision.origin()).isEqualTo(Origin.INFERRED);
        assertThat(ChangeSetStages.facts(withContext).orElseThrow().contextExpression())
                .isEqualTo("!nightly");
    }

    @Test
    void yamlJsonAndFormattedSqlAreAssignedToo() throws Exception {
        Map<String, String> expected = Map.of("1", "pre-deploy", "2", "(!nightly) and post-deploy");
        assertThat(contextsById(parse("fixtures/yaml/changelog.yaml", StageAssigningChangeLogParser.class)))
                .isEqualTo(expected);
        assertThat(contextsById(parse("fixtures/json/changelog.json", StageAssigningChangeLogParser.class)))
                .isEqualTo(expected);
        assertThat(contextsById(parse("fixtures/sql/changelog.sql", StageAssigningChangeLogParser.class)))
                .containsEntry("1", "pre-deploy")
                .containsEntry("2", "(!nightly and post-deploy) and post-deploy");
    }

    @Test
    void plainSqlGoesThroughTheSqlDecoratorAndStaysUnchangedWhenAmbiguous() throws Exception {
        DatabaseChangeLog changeLog = parse("fixtures/plain/schema.sql", StageAssigningSqlChangeLogParser.class);

        ChangeSet raw = changeLog.getChangeSets().get(0);
        assertThat(ChangeSetStages.decision(raw).orElseThrow().isAmbiguous()).isTrue();
        assertThat(raw.getContextFilter() == null || raw.getContextFilter().isEmpty())
                .isTrue();
    }

    @Test
    void includedPlainSqlKeepsItsOwnPathUnderALogicalFilePathAsInCore() throws Exception {
        DatabaseChangeLog changeLog = parse("fixtures/logical/changelog.xml", StageAssigningChangeLogParser.class);

        ChangeSet raw = changeLog.getChangeSets().get(0);
        assertThat(raw.getFilePath()).isEqualTo("fixtures/plain/schema.sql");
        assertThat(ChangeSetStages.decision(raw).orElseThrow().origin()).isEqualTo(Origin.DEFINED);
        assertThat(changeSet(changeLog, "10").getFilePath()).isEqualTo("logical.xml");
    }

    private static DatabaseChangeLog parse(String file, Class<? extends ChangeLogParser> expectedParser)
            throws Exception {
        ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(file, RESOURCES);
        assertThat(parser).isInstanceOf(expectedParser);
        return parser.parse(file, new ChangeLogParameters(), RESOURCES);
    }

    static Map<String, String> contextsById(DatabaseChangeLog changeLog) {
        Map<String, String> contexts = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            contexts.put(changeSet.getId(), String.valueOf(changeSet.getContextFilter()));
        }
        return contexts;
    }

    private static ChangeSet changeSet(DatabaseChangeLog changeLog, String id) {
        return changeLog.getChangeSets().stream()
                .filter(cs -> cs.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
