package liquibase.ext.syzygy.it;

import static liquibase.ext.syzygy.it.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile changelogs, each run through the CLI on PostgreSQL and SQLite: {@code update}
 * exits with 1 and {@code stage-plan} (on SQLite) with 2 (1 when the changelog cannot even be parsed), both print the finding
 * code with the changeset and a fix, nothing is applied, no injected statement runs (it would create a table
 * {@code pwned}), and no Java exception or internal class name reaches the user. A hostile but valid changelog is
 * applied with its names and values taken literally.
 */
class HostileChangelogsIT {

    private static final String SYZYGY = "xmlns:syzygy=\"https://liquibase-syzygy.github.io/xml/ns/syzygy\"";
    private static final String DIR = "syzygy-samples/generated/hostile/";
    private static final String PERSON =
            """
              <changeSet id="person" author="it" context="pre-deploy">
                <createTable tableName="person">
                  <column name="id" type="int"/>
                  <column name="legacy" type="varchar(40)"><constraints nullable="false"/></column>
                </createTable>
              </changeSet>
            """;

    /** One changelog of the corpus and what the run must report. */
    record Case(String name, String body, String contexts, String code, String changeSetId, int planExitCode) {
        String changelog() {
            return DIR + name + ".xml";
        }

        String changeSet() {
            return changeSetId == null ? null : changelog() + "::" + changeSetId + "::it";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> CORPUS = List.of(
            staged(
                    "not-null-without-default",
                    "INVALID_CHANGE",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="nick" type="varchar(20)"><constraints nullable="false"/></column>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "two-defaults",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="nick" type="varchar(20)" defaultValue="a" defaultValueNumeric="1"/>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "non-numeric-default",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="n" type="int" defaultValueNumeric="1; CREATE TABLE pwned (id int)"/>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "date-default-injection",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="d" type="date" defaultValueDate="now()); CREATE TABLE pwned (id int); --"/>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "type-injection",
                    "INVALID_CHANGE",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="t" type="int); CREATE TABLE pwned (id int); --"/>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "unique-column",
                    "INVALID_CHANGE",
                    """
                    <syzygy:addColumnStaged %s tableName="person">
                      <column name="u" type="int" defaultValueNumeric="0"><constraints unique="true"/></column>
                    </syzygy:addColumnStaged>"""),
            staged(
                    "pre-remove-bad-date",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:preRemoveColumn %s tableName="person" columnName="legacy" defaultValueDate="tomorrow"/>"""),
            staged(
                    "pre-remove-bad-number",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:preRemoveColumn %s tableName="person" columnName="legacy" defaultValueNumeric="12abc"/>"""),
            staged(
                    "pre-remove-boolean-yes",
                    "INVALID_DEFAULT",
                    """
                    <syzygy:preRemoveColumn %s tableName="person" columnName="legacy" defaultValueBoolean="yes"/>"""),
            staged(
                    "line-break-in-name",
                    "UNSAFE_IDENTIFIER",
                    """
                    <syzygy:preRemoveColumn %s tableName="person" columnName="leg&#10;acy"/>"""),
            new Case(
                    "post-add-without-staged-column",
                    PERSON
                            + """
                              <changeSet id="post" author="it" context="post-deploy">
                                <syzygy:postAddColumn %s tableName="person" columnName="legacy"/>
                              </changeSet>
                            """
                                    .formatted(SYZYGY),
                    "pre-deploy",
                    "NO_STAGED_DEFAULT",
                    "post",
                    2),
            new Case(
                    "staged-boolean-yes",
                    PERSON
                            + """
                              <changeSet id="bad" author="it" context="pre-deploy">
                                <syzygy:addColumnStaged %s tableName="person">
                                  <column name="flag" type="boolean" defaultValueBoolean="yes"/>
                                </syzygy:addColumnStaged>
                              </changeSet>
                            """
                                    .formatted(SYZYGY),
                    "pre-deploy",
                    "INVALID_CHANGELOG",
                    null,
                    1),
            new Case(
                    "include-self",
                    "  <include file=\"include-self.xml\" relativeToChangelogFile=\"true\"/>\n",
                    "pre-deploy",
                    "INCLUDE_LOOP",
                    null,
                    1),
            new Case(
                    "include-each-other",
                    PERSON + "  <include file=\"include-each-other-b.xml\" relativeToChangelogFile=\"true\"/>\n",
                    "pre-deploy",
                    "INCLUDE_LOOP",
                    null,
                    1));

    private static Case staged(String name, String code, String change) {
        String changeSet = "  <changeSet id=\"bad\" author=\"it\" context=\"pre-deploy\">\n    "
                + change.formatted(SYZYGY) + "\n  </changeSet>\n";
        return new Case(name, PERSON + changeSet, "pre-deploy", code, "bad", 2);
    }

    static Stream<Arguments> runs() {
        GeneratedChangelogs.writeAt(
                DIR + "include-each-other-b.xml",
                "  <include file=\"include-each-other.xml\" relativeToChangelogFile=\"true\"/>\n");
        List<Arguments> runs = new ArrayList<>();
        for (Case each : CORPUS) {
            GeneratedChangelogs.writeAt(each.changelog(), each.body());
            for (DbKind db : DbKind.values()) {
                runs.add(Arguments.of(each, db));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void refusedWithItsCodeAndNothingApplied(Case each, DbKind kind) {
        try (TestDatabase db = Databases.create(kind, "hostile-" + each.name())) {
            Outcome update = Cli.withExtension().update(db, each.changelog(), each.contexts());
            assertRefused(update, each.code(), each.changeSet());
            assertThat(update.exitCode()).as("update exit code").isEqualTo(1);
            assertNoJavaLeaks(update);
            if (kind == DbKind.SQLITE) {
                assertStagePlanRefuses(db, each);
            }

            assertThat(db.appliedIds()).as("nothing applied").isEmpty();
            assertThat(db.userTables()).as("no DDL ran, injected or not").isEmpty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** stage-plan reports what update refuses (run on SQLite only: it plans the same on both databases). */
    private static void assertStagePlanRefuses(TestDatabase db, Case each) {
        Outcome plan = Cli.withExtension()
                .command("stage-plan")
                .db(db)
                .changelog(each.changelog())
                .contexts(each.contexts())
                .run();
        assertThat(plan.exitCode()).as("stage-plan exit code: %s", plan).isEqualTo(each.planExitCode());
        assertThat(plan.output()).contains("[" + each.code() + "]");
        assertNoJavaLeaks(plan);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void hostileNamesAndValuesAreTakenLiterally(DbKind kind) throws Exception {
        String column = "a\"b); CREATE TABLE pwned (id int); --";
        String changelog = GeneratedChangelogs.writeAt(
                DIR + "literal-names.xml",
                PERSON
                        + """
                          <changeSet id="add" author="it">
                            <syzygy:addColumnStaged %1$s tableName="person">
                              <column name="a&quot;b); CREATE TABLE pwned (id int); --" type="varchar(40)"
                                  defaultValue="x&apos;); CREATE TABLE pwned (id int); --">
                                <constraints nullable="false"/>
                              </column>
                            </syzygy:addColumnStaged>
                          </changeSet>
                          <changeSet id="pre-remove" author="it">
                            <syzygy:preRemoveColumn %1$s tableName="person" columnName="legacy"
                                defaultValue="&apos;); CREATE TABLE pwned (id int); --"/>
                          </changeSet>
                          <changeSet id="post-add" author="it">
                            <syzygy:postAddColumn %1$s tableName="person"
                                columnName="a&quot;b); CREATE TABLE pwned (id int); --"/>
                          </changeSet>
                          <changeSet id="drop" author="it">
                            <dropColumn tableName="person" columnName="legacy"/>
                          </changeSet>
                        """
                                .formatted(SYZYGY));
        try (TestDatabase db = Databases.create(kind, "hostile-literal-names")) {
            Outcome pre = Cli.withExtension().update(db, changelog, "pre-deploy");
            assertThat(pre.succeeded()).as("%s", pre).isTrue();
            try (var c = db.connect();
                    var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO person (id) VALUES (1)");
                try (var rs =
                        s.executeQuery("SELECT legacy, \"a\"\"b); CREATE TABLE pwned (id int); --\" FROM person")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("stored as data").isEqualTo("'); CREATE TABLE pwned (id int); --");
                    assertThat(rs.getString(2)).as("stored as data").isEqualTo("x'); CREATE TABLE pwned (id int); --");
                }
            }
            Outcome post = Cli.withExtension().update(db, changelog, "post-deploy");
            assertThat(post.succeeded()).as("%s", post).isTrue();

            assertThat(db.appliedIds()).containsExactly("person", "add", "pre-remove", "post-add", "drop");
            assertThat(db.userTables()).as("no injected statement ran").containsExactly("person");
            assertThat(db.columnExists("person", column))
                    .as("the column has exactly the written name")
                    .isTrue();
            assertThat(ColumnShape.of(db, "person", column)).hasValue(new ColumnShape(false, null));
            assertThat(db.columnExists("person", "legacy")).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void aStagedChangeOnAMissingColumnFailsWithACodeOnSqlite() {
        String changelog = GeneratedChangelogs.writeAt(
                DIR + "missing-column.xml",
                PERSON
                        + """
                          <changeSet id="missing" author="it">
                            <syzygy:preRemoveColumn %s tableName="person" columnName="nobody"/>
                          </changeSet>
                        """
                                .formatted(SYZYGY));
        try (TestDatabase db = Databases.create(DbKind.SQLITE, "hostile-missing-column")) {
            Outcome update = Cli.withExtension().update(db, changelog, "pre-deploy");

            assertThat(update.exitCode()).isEqualTo(1);
            assertThat(update.output())
                    .contains("Migration failed for changeset " + changelog + "::missing::it")
                    .contains("Reason: [MISSING_OBJECT] SQLite table person has no column nobody. Fix: ");
            assertNoJavaLeaks(update);
            assertThat(db.appliedIds())
                    .as("the failed changeset is not recorded")
                    .containsExactly("person");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No stack trace, Java exception or class of the extension in what the user sees. */
    private static void assertNoJavaLeaks(Outcome outcome) {
        assertThat(outcome.output())
                .as("%s", outcome)
                .doesNotContain("\tat ")
                .doesNotContain("liquibase.ext.syzygy.")
                .doesNotContain("java.lang.")
                .doesNotContainPattern("(NullPointer|NumberFormat|IllegalArgument|UnexpectedLiquibase)Exception")
                .doesNotContain("StackOverflowError");
    }
}
