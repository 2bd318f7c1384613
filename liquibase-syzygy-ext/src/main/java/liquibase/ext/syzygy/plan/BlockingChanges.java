package liquibase.ext.syzygy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.DbObject;
import liquibase.ext.syzygy.fact.Effect;
import liquibase.ext.syzygy.fact.Effect.BlockingWork;
import liquibase.ext.syzygy.fact.Effect.Work;
import liquibase.ext.syzygy.fact.SqlStatement;
import liquibase.ext.syzygy.finding.Finding;

/**
 * Warns about pending changes that stop the writes to a table that existed before this deploy for as long as they
 * build or scan it ({@code BLOCKING_CHANGE}): during a rolling deploy the application is serving, so every INSERT,
 * UPDATE and DELETE on the table waits, for minutes on a big table. Each warning names the non-blocking way.
 *
 * <p>"Existed before" means not created by a pending changeset earlier in the plan: a table this deploy creates is
 * empty and unused, so locking it costs nothing. Raw SQL is judged per statement: {@code CONCURRENTLY} and
 * {@code NOT VALID} are the non-blocking forms, and a {@code CHECK} constraint added without {@code NOT VALID} is
 * recognised even though the SQL classifier does not analyse it.
 */
final class BlockingChanges {

    private static final Pattern NON_BLOCKING = Pattern.compile("(?is).*\\b(CONCURRENTLY|NOT\\s+VALID)\\b.*");
    private static final Pattern ADD_CHECK = Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?((?:\"[^\"]+\"|[\\w$]+)(?:\\s*\\.\\s*(?:\"[^\"]+\"|[\\w$]+))?)\\s+ADD\\s+"
            + "(?:CONSTRAINT\\s+(?:\"[^\"]+\"|[\\w$]+)\\s+)?CHECK\\b.*");

    private final List<DbObject> freshTables = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private BlockingChanges() {}

    /** The {@code BLOCKING_CHANGE} warnings of {@code changeSets} (changelog order, ran ones included). */
    static List<Finding> check(List<PlannedChangeSet> changeSets, TableLocks locks) {
        if (locks != TableLocks.BLOCK_WRITES) {
            return List.of();
        }
        BlockingChanges checks = new BlockingChanges();
        changeSets.forEach(checks::visit);
        return checks.findings;
    }

    private void visit(PlannedChangeSet changeSet) {
        for (ChangeFacts change : changeSet.facts().changes()) {
            if (change.statements().isEmpty()) {
                change.effects().forEach(effect -> judge(changeSet, change.type(), effect));
            } else {
                change.statements().forEach(statement -> judgeSql(changeSet, statement));
            }
        }
    }

    private void judgeSql(PlannedChangeSet changeSet, SqlStatement statement) {
        if (NON_BLOCKING.matcher(statement.text()).matches()) {
            return;
        }
        String what = "the SQL '" + statement.quoted() + "'";
        if (statement.equivalent().isPresent()) {
            statement.equivalent().get().effects().forEach(effect -> judge(changeSet, what, effect));
            return;
        }
        Matcher check = ADD_CHECK.matcher(statement.text());
        if (check.matches()) {
            judge(
                    changeSet,
                    what,
                    new BlockingWork(Optional.of(table(check.group(1))), Work.VALIDATE_CHECK, List.of()));
        }
    }

    private void judge(PlannedChangeSet changeSet, String what, Effect effect) {
        if (effect instanceof Effect.CreateTable create && !changeSet.ran()) {
            freshTables.add(create.table());
        } else if (effect instanceof Effect.DropTable drop) {
            freshTables.removeIf(fresh -> fresh.mayBeSameAs(drop.table()));
        } else if (effect instanceof Effect.Rename rename && isFresh(Optional.of(rename.from()))) {
            freshTables.add(rename.to());
        } else if (effect instanceof BlockingWork work
                && !changeSet.ran()
                && changeSet.selected()
                && !isFresh(work.table())) {
            findings.add(BlockingWarnings.of(changeSet.id(), what, work));
        }
    }

    private boolean isFresh(Optional<DbObject> table) {
        return table.isPresent() && freshTables.stream().anyMatch(fresh -> fresh.mayBeSameAs(table.get()));
    }

    /** A table name as raw SQL writes it: {@code orders}, {@code app.orders}, {@code "App"."Orders"}. */
    private static DbObject table(String written) {
        String[] parts = written.split("\\s*\\.\\s*", 2);
        return parts.length == 1
                ? DbObject.of(null, unquote(parts[0]))
                : DbObject.of(unquote(parts[0]), unquote(parts[1]));
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
