package io.github.liquibasesyzygy.bench.live;

import io.github.liquibasesyzygy.bench.XmlChangelog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The release the live benchmark applies to {@code accounts}, one step at a time, as changelogs: the staged changes
 * (pre-deploy, then post-deploy) and the naive way of adding a NOT NULL column, for comparison.
 *
 * <p>Step {@code k}'s root changelog includes steps 1..k, so each run applies exactly the new step and the plan
 * check sees the whole history (postAddColumn finds its addColumnStaged).
 */
final class Steps {

    /** The old application's INSERT: it writes the columns the release removes and not the ones it adds. */
    static final String OLD_INSERT =
            "INSERT INTO accounts (name, balance, legacy_code, legacy_flag) VALUES (?, ?, 'c', true)";
    /** The new application's INSERT: it writes the new column and no longer the removed ones. */
    static final String NEW_INSERT = "INSERT INTO accounts (name, balance, status) VALUES (?, ?, 'active')";
    /** The new application of the naive variant, which writes its new column status2 too. */
    static final String NEW_INSERT_NAIVE =
            "INSERT INTO accounts (name, balance, status, status2) VALUES (?, ?, 'active', 'active')";

    /** A step: its file name, label, stage context, whether it is the extension's, the workload's INSERT, XML body. */
    record Step(String name, String label, String stage, boolean extension, String insertSql, String changeSets) {}

    static final List<Step> ALL = List.of(
            new Step(
                    "ctl",
                    "control: createTable elsewhere (Liquibase runs, accounts untouched)",
                    "pre-deploy",
                    false,
                    OLD_INSERT,
                    """
                    <changeSet id="ctl" author="bench"><createTable tableName="bench_control">
                      <column name="id" type="int"/>
                    </createTable></changeSet>"""),
            new Step(
                    "a",
                    "addColumnStaged status (constant default, NOT NULL)",
                    "pre-deploy",
                    true,
                    OLD_INSERT,
                    """
                    <changeSet id="a" author="bench"><syzygy:addColumnStaged tableName="accounts">
                      <column name="status" type="varchar(20)" defaultValue="new"><constraints nullable="false"/></column>
                    </syzygy:addColumnStaged></changeSet>"""),
            new Step(
                    "b",
                    "preRemoveColumn legacy_code (with default)",
                    "pre-deploy",
                    true,
                    OLD_INSERT,
                    """
                    <changeSet id="b" author="bench">
                      <syzygy:preRemoveColumn tableName="accounts" columnName="legacy_code" defaultValue="n/a"/>
                    </changeSet>"""),
            new Step(
                    "c",
                    "preRemoveColumn legacy_flag (drop NOT NULL)",
                    "pre-deploy",
                    true,
                    OLD_INSERT,
                    """
                    <changeSet id="c" author="bench">
                      <syzygy:preRemoveColumn tableName="accounts" columnName="legacy_flag"/>
                    </changeSet>"""),
            new Step(
                    "d",
                    "postAddColumn status (drop the default)",
                    "post-deploy",
                    true,
                    NEW_INSERT,
                    """
                    <changeSet id="d" author="bench">
                      <syzygy:postAddColumn tableName="accounts" columnName="status"/>
                    </changeSet>"""),
            new Step(
                    "e",
                    "dropColumn legacy_code",
                    "post-deploy",
                    true,
                    NEW_INSERT,
                    """
                    <changeSet id="e" author="bench"><dropColumn tableName="accounts" columnName="legacy_code"/></changeSet>"""),
            new Step(
                    "n1",
                    "naive 1/2: addColumn status2 (nullable)",
                    "pre-deploy",
                    false,
                    NEW_INSERT,
                    """
                    <changeSet id="n1" author="bench"><addColumn tableName="accounts">
                      <column name="status2" type="varchar(20)"/>
                    </addColumn></changeSet>"""),
            new Step(
                    "n2",
                    "naive 2/2: UPDATE backfill + addNotNullConstraint",
                    "post-deploy",
                    false,
                    NEW_INSERT_NAIVE,
                    """
                    <changeSet id="n2-backfill" author="bench" context="post-deploy">
                      <update tableName="accounts"><column name="status2" value="new"/></update>
                    </changeSet>
                    <changeSet id="n2-not-null" author="bench">
                      <addNotNullConstraint tableName="accounts" columnName="status2" columnDataType="varchar(20)"/>
                    </changeSet>"""));

    private Steps() {}

    /** Writes every step's file and the root changelogs {@code root-0.xml} (empty) to {@code root-<name>.xml}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder includes = new StringBuilder();
        Files.writeString(dir.resolve("root-0.xml"), XmlChangelog.HEADER + "</databaseChangeLog>\n");
        for (Step step : ALL) {
            Files.writeString(
                    dir.resolve(step.name() + ".xml"),
                    XmlChangelog.HEADER + step.changeSets() + "\n</databaseChangeLog>\n");
            includes.append("  <include file=\"")
                    .append(step.name())
                    .append(".xml\" relativeToChangelogFile=\"true\"/>\n");
            Files.writeString(
                    dir.resolve("root-" + step.name() + ".xml"),
                    XmlChangelog.HEADER + includes + "</databaseChangeLog>\n");
        }
    }
}
