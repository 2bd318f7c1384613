package liquibase.ext.syzygy.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.exception.ChangeLogParseException;
import liquibase.ext.syzygy.stage.Origin;
import liquibase.ext.syzygy.stage.StageDecision;
import liquibase.ext.syzygy.support.Sqlite;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/** The stage settings through Liquibase's configuration, at parse time and in the update guard. */
class StageSettingsTest {

    private static final String JARRED = "jarred/ambiguous.xml";

    @Test
    void aJarredAmbiguousChangeSetGetsTheThirdPartyFallbackByDefault() throws Exception {
        StageDecision decision = parseFromJar(Map.of()).get("2");
        assertThat(decision.origin()).isEqualTo(Origin.FALLBACK);
        assertThat(decision.stage().orElseThrow().contextName()).isEqualTo("pre-deploy");
        assertThat(decision.reason()).endsWith("and liquibase.syzygy.thirdPartyFallback is pre-deploy");
    }

    @Test
    void turnedOffTheHintNamesTheRealOverrideKey() throws Exception {
        StageDecision decision = parseFromJar(Map.of("liquibase.syzygy.thirdPartyFallback", "none"))
                .get("2");
        assertThat(decision.isAmbiguous()).isTrue();
        assertThat(decision.remedy().orElseThrow())
                .contains("set liquibase.syzygy.stageOverrides=jarred/ambiguous.xml::2::alice=pre-deploy");
    }

    @Test
    void overridesAndFallbacksComeFromTheConfiguration() throws Exception {
        Map<String, StageDecision> decisions = parseFromJar(Map.of(
                "liquibase.syzygy.stageOverrides", "jarred/*.xml::1::*=post-deploy",
                "liquibase.syzygy.stageFallbacks", "jarred/**=post-deploy"));
        assertThat(decisions.get("1").origin()).isEqualTo(Origin.OVERRIDE);
        assertThat(decisions.get("1").stage().orElseThrow().contextName()).isEqualTo("post-deploy");
        assertThat(decisions.get("2").origin()).isEqualTo(Origin.FALLBACK);
        assertThat(decisions.get("2").reason())
                .contains("liquibase.syzygy.stageFallbacks entry 'jarred/**=post-deploy'");
    }

    @Test
    void anInvalidEntryFailsTheParse() {
        assertThatThrownBy(() -> parseFromJar(Map.of("liquibase.syzygy.stageOverrides", "jarred/**=later")))
                .isInstanceOf(ChangeLogParseException.class)
                .hasMessageStartingWith("[INVALID_SETTING] liquibase.syzygy.stageOverrides: invalid entry"
                        + " 'jarred/**=later': 'later' is not a stage");
    }

    @Test
    void anInvalidEntryFailsUpdateBeforeAnythingIsTouched() throws Exception {
        String url = Sqlite.freshUrl("invalid-setting");
        assertThatThrownBy(() -> Scope.child(
                        Map.of("liquibase.syzygy.stageFallbacks", "a.xml::1=pre-deploy"),
                        () -> new CommandScope("update")
                                .addArgumentValue("url", url)
                                .addArgumentValue("changelogFile", "fixtures/simple/changelog.xml")
                                .addArgumentValue("contexts", "pre-deploy")
                                .setOutput(new ByteArrayOutputStream())
                                .execute()))
                .hasMessageContaining(
                        "[INVALID_SETTING] liquibase.syzygy.stageFallbacks: invalid entry" + " 'a.xml::1=pre-deploy'");
        assertThat(Sqlite.tableExists(url, "DATABASECHANGELOG")).isFalse();
    }

    private static Map<String, StageDecision> parseFromJar(Map<String, Object> settings) throws Exception {
        Path jar = Path.of("target", "jar-fixture", "settings.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry(JARRED));
            jarOut.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/ambiguous/changelog.xml")));
            jarOut.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ResourceAccessor resources = new ClassLoaderResourceAccessor(loader);
            DatabaseChangeLog changeLog = Scope.child(settings, () -> ChangeLogParserFactory.getInstance()
                    .getParser(JARRED, resources)
                    .parse(JARRED, new ChangeLogParameters(), resources));
            Map<String, StageDecision> decisions = new java.util.HashMap<>();
            for (ChangeSet changeSet : changeLog.getChangeSets()) {
                decisions.put(
                        changeSet.getId(), ChangeSetStages.decision(changeSet).orElseThrow());
            }
            return decisions;
        }
    }
}
