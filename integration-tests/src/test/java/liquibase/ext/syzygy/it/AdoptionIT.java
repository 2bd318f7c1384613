package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adopting the extension on a database that plain Liquibase already migrated: changesets that already ran and
 * would be ambiguous today are only a warning; new work is still checked.
 */
class AdoptionIT {

    static Stream<DbKind> dbs() {
        return Stream.of(DbKind.values());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dbs")
    void ambiguousChangeSetsThatAlreadyRanAreWarnings(DbKind kind) throws Exception {
        String changelog = Samples.scenario("ambiguous-stage");
        String ambiguous = changelog + "::replace-wishlist::shop";
        try (TestDatabase db = Databases.create(kind, "adoption")) {
            Outcome plain = Cli.withoutExtension().update(db, changelog, null);
            assertThat(plain.succeeded()).as("plain Liquibase: %s", plain).isTrue();
            assertThat(db.appliedIds()).containsExactly("carts", "replace-wishlist");

            Cli cli = Cli.withExtension();
            Outcome pre = cli.update(db, changelog, "pre-deploy");
            assertThat(pre.succeeded())
                    .as("already ran: only a warning: %s", pre)
                    .isTrue();

            Path file = ItSettings.workDir().resolve("adoption-" + kind + "-" + System.nanoTime() + ".json");
            Outcome plan = cli.command("stage-plan")
                    .global("--output-file=" + file)
                    .db(db)
                    .changelog(changelog)
                    .contexts("pre-deploy")
                    .arg("--format=json")
                    .arg("--show-ran")
                    .run();
            assertThat(plan.exitCode()).as("%s", plan).isZero();
            PlanJson json = PlanJson.read(file);
            assertThat(json.findings())
                    .extracting(
                            f -> Map.of("code", f.get("code"), "severity", f.get("severity"), "cs", f.get("changeSet")))
                    .containsExactly(Map.of("code", "AMBIGUOUS_STAGE", "severity", "warning", "cs", ambiguous));
            assertThat(json.changeSet(ambiguous).orElseThrow().get("ran")).isEqualTo(true);
        }
    }
}
