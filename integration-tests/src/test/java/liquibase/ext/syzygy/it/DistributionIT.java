package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import liquibase.ext.syzygy.fact.SqlStatement;
import liquibase.ext.syzygy.sql.SqlClassifier;
import liquibase.ext.syzygy.sql.SqlDialect;
import liquibase.ext.syzygy.sql.SqlOptions;
import org.junit.jupiter.api.Test;

/**
 * The extension dropped into the {@code lib/} folder of a Liquibase installation ({@link LiquibaseHome}), run
 * through {@code LiquibaseLauncher} as the {@code liquibase} script runs it: Liquibase's own classes come from
 * {@code internal/lib}, the extension from a child class loader, so its services must still be found. (Slow to
 * start, so one database per scenario; RollbackIT covers both through the plain-jar CLI.)
 */
class DistributionIT {

    private final Cli liquibase = LiquibaseHome.cli();

    private Outcome run(String command, TestDatabase db, String changelog, String contexts, String... args) {
        Cli.Invocation invocation =
                liquibase.command(command).db(db).changelog(changelog).contexts(contexts);
        for (String arg : args) {
            invocation.arg(arg);
        }
        return invocation.run();
    }

    @Test
    void deployAndRollBackInStagesOnPostgres() throws Exception {
        try (TestDatabase db = Databases.postgres("distribution")) {
            for (String stage : new String[] {"pre-deploy", "post-deploy"}) {
                Outcome update = run("update", db, RollbackIT.CHANGELOG, stage);
                assertThat(update.succeeded()).as("%s", update).isTrue();
            }
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");

            Outcome prePhase = run("rollback", db, RollbackIT.CHANGELOG, "pre-deploy", "--tag=v1");
            assertThat(prePhase.succeeded()).as("%s", prePhase).isTrue();
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2");
            assertThat(RollbackRelease.oldCodeWorks(db, 1)).isTrue();

            Outcome postPhase = run("rollback", db, RollbackIT.CHANGELOG, "post-deploy", "--tag=v1");
            assertThat(postPhase.succeeded()).as("%s", postPhase).isTrue();
            // Liquibase also removes the tagDatabase changeset it rolls back to (a pre-deploy changeset).
            assertThat(db.appliedIds()).containsExactly("1");
            assertThat(db.columnExists("person", "nick")).isFalse();
        }
    }

    @Test
    void refusalsApplyAndRollBackNothing() throws Exception {
        try (TestDatabase db = Databases.sqlite("distribution-refusals")) {
            assertRefused(run("update", db, RollbackIT.CHANGELOG, null), "NO_STAGE_SELECTED", null);
            assertThat(db.appliedIds()).isEmpty();

            assertThat(run("update", db, RollbackIT.CHANGELOG, "pre-deploy,post-deploy")
                            .succeeded())
                    .isTrue();
            Outcome skipped = run("rollback-count", db, RollbackIT.CHANGELOG, "post-deploy", "--count=1");
            assertRefused(skipped, "AMBIGUOUS_PLAN", RollbackIT.CHANGELOG + "::2::it");
            assertThat(db.appliedIds()).containsExactly("1", "v1", "2", "3", "4");
        }
    }

    @Test
    void helpListsTheStagePlanCommand() {
        Outcome help = liquibase.command("--help").run();
        assertThat(help.succeeded()).as("%s", help).isTrue();
        assertThat(help.output()).contains("stage-plan");
    }

    @Test
    void theJarDroppedIntoLibCarriesTheLicence() throws Exception {
        String licence = Files.readString(ItSettings.path("rootDir").resolve("LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");

        try (ZipFile jar = new ZipFile(extensionJar().toFile())) {
            assertThat(entry(jar, "META-INF/LICENSE")).isEqualTo(licence);
            assertThat(entry(jar, "META-INF/NOTICE"))
                    .contains("liquibase-syzygy", "Apache License, Version 2.0", "bundles JSqlParser");
        }
    }

    private static Path extensionJar() throws Exception {
        try (DirectoryStream<Path> jars =
                Files.newDirectoryStream(LiquibaseHome.get().resolve("lib"), "liquibase-syzygy-ext-*.jar")) {
            return jars.iterator().next();
        }
    }

    private static String entry(ZipFile jar, String name) throws Exception {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
        return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theJarShipsItsSqlParserRelocatedAndNoForeignClass() throws Exception {
        List<String> entries = entries(extensionJar());
        assertThat(entries.stream().filter(name -> name.endsWith(".class")))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("liquibase/ext/syzygy/"));
        assertThat(entries)
                .contains("liquibase/ext/syzygy/shaded/jsqlparser/parser/CCJSqlParser.class", "META-INF/NOTICE")
                .noneMatch(name -> name.startsWith("net/")
                        || name.equals("module-info.class")
                        || name.equals("LICENSE")
                        || name.equals("THIRD-PARTY"));
        try (Stream<Path> internal = Files.list(LiquibaseHome.get().resolve("internal/lib"))) {
            assertThat(internal.map(jar -> jar.getFileName().toString()))
                    .noneMatch(name -> name.contains("jsqlparser"));
        }
    }

    @Test
    void theRelocatedParserWorksFromTheInstalledJarAndDoesNotLeak() {
        List<SqlStatement> statements = SqlClassifier.classify(
                "CREATE TABLE shop.orders (id bigint PRIMARY KEY);\nDROP INDEX idx_old;",
                SqlOptions.defaults(SqlDialect.POSTGRESQL));
        assertThat(statements)
                .extracting(statement -> statement.equivalent().orElseThrow().type(), SqlStatement::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("createTable", 1),
                        org.assertj.core.groups.Tuple.tuple("dropIndex", 2));
        assertThatThrownBy(() -> Class.forName("net.sf.jsqlparser.parser.CCJSqlParserUtil"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        }
    }
}
