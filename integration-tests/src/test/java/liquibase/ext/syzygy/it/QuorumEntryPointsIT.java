package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import liquibase.ext.syzygy.it.spring.SpringDeployer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One quorum, three entry points: a CLI deployer (the setting as a CLI global option), a Maven plugin run (in the
 * plugin's {@code <systemProperties>}) and a Spring Boot application started as its own process (environment
 * variables), all with the same plan. Exactly one of them applies it; the other two wait and exit 0.
 */
class QuorumEntryPointsIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DbKind.class)
    void theCliTheMavenPluginAndSpringBootFormOneQuorum(DbKind kind) throws Exception {
        try (TestDatabase db = QuorumIT.prepared(Databases.create(kind, "quorum-entry-points"))) {
            String changelog = QuorumIT.release("same", null);
            List<Subprocess.Running> running = List.of(cli(db, changelog), maven(db, changelog), spring(db, changelog));
            List<Outcome> outcomes = running.stream().map(r -> r.await(600)).toList();

            assertThat(outcomes)
                    .allSatisfy(o -> assertThat(o.exitCode()).as(o.output()).isZero());
            List<String> leaders = outcomes.stream()
                    .map(o -> QuorumIT.LEADER.matcher(o.output()))
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .toList();
            assertThat(leaders).as("exactly one leader").hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.output().contains("was applied by deployer " + leaders.get(0))))
                    .as("the two others followed it")
                    .hasSize(2);
            Map<String, Long> applied = QuorumIT.appliedCounts(db);
            assertThat(applied).containsKeys("q-1", "q-2", "q-3").doesNotContainKey("q-post");
            assertThat(applied.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
        }
    }

    private static Subprocess.Running cli(TestDatabase db, String changelog) {
        return Cli.withExtension()
                .command("update")
                .global("--syzygy-quorum=3")
                .global("--syzygy-quorum-timeout=3m")
                .db(db)
                .changelog(changelog)
                .contexts("pre-deploy")
                .start();
    }

    private static Subprocess.Running maven(TestDatabase db, String changelog) {
        return new MavenPlugin()
                .startUpdate(
                        db,
                        changelog,
                        "pre-deploy",
                        Map.of("liquibase.syzygy.quorum", "3", "liquibase.syzygy.quorumTimeout", "3m"));
    }

    private static Subprocess.Running spring(TestDatabase db, String changelog) {
        String classpath = System.getProperty("java.class.path") + File.pathSeparator + Samples.root();
        List<String> line = List.of(
                ItSettings.javaExecutable(),
                "-Dorg.springframework.boot.logging.LoggingSystem=none",
                "-cp",
                classpath,
                SpringDeployer.class.getName(),
                db.url(),
                db.username() == null ? "-" : db.username(),
                db.schema() == null ? "-" : db.schema(),
                "classpath:" + changelog,
                "pre-deploy");
        return Subprocess.start(
                "spring-deployer",
                line,
                ItSettings.workDir(),
                Map.of(
                        "LIQUIBASE_SYZYGY_QUORUM", "3",
                        "LIQUIBASE_SYZYGY_QUORUM_TIMEOUT", "3m",
                        "LIQUIBASE_ANALYTICS_ENABLED", "false"));
    }
}
