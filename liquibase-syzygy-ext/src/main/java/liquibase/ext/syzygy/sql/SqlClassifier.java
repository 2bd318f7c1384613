package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.List;
import liquibase.ext.syzygy.fact.SqlStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Reads the SQL of a raw-SQL change statement by statement, as Liquibase will execute it, and says of each what core
 * change it is equivalent to, or why it has none. Never guesses: a statement not understood completely has no
 * equivalent.
 *
 * <p>Liquibase's splitter gives the statements it executes. A text it sends as one statement (with {@code
 * splitStatements=false}, or with an {@code endDelimiter} other than {@code ;}) may still hold several, and the
 * database runs them all, so each is split again on {@code ;} and read on its own, unless it holds a dollar quote
 * (then it is read whole, and several statements in it make it not understood).
 */
public final class SqlClassifier {

    private SqlClassifier() {}

    /** The statements of the SQL, in order, each with its line, equivalent change and reason. */
    public static List<SqlStatement> classify(String sql, SqlOptions options) {
        try (StatementParser parser = new StatementParser()) {
            return classify(sql, options, parser);
        }
    }

    /** {@link #classify(String, SqlOptions)} with {@code parser}, which the caller keeps (and reuses) for a whole read. */
    public static List<SqlStatement> classify(String sql, SqlOptions options, StatementParser parser) {
        return described(sql, options, parser).stream()
                .map(Described::statement)
                .toList();
    }

    /**
     * A statement with the translation it came from.
     *
     * @param statement the statement
     * @param translation its translation, with the properties in Liquibase's vocabulary
     */
    record Described(SqlStatement statement, Translation translation) {}

    /** {@link #classify}, keeping each statement's translation (for the golden corpus). */
    static List<Described> described(String sql, SqlOptions options) {
        try (StatementParser parser = new StatementParser()) {
            return described(sql, options, parser);
        }
    }

    private static List<Described> described(String sql, SqlOptions options, StatementParser parser) {
        List<Described> statements = new ArrayList<>();
        StatementLocator locator = new StatementLocator(sql);
        for (String executed : LiquibaseSplitter.split(
                sql, options.stripComments(), options.splitStatements(), options.endDelimiter())) {
            for (String statement : statementsIn(executed)) {
                String text = SqlText.withoutLeadingComments(statement);
                if (!text.isEmpty()) {
                    int line = locator.lineOf(text);
                    Translation translation = translate(text, options.dialect(), parser);
                    statements.add(new Described(translation.at(text, line), translation));
                }
            }
        }
        return statements;
    }

    // A text holding a dollar quote is read whole: splitting on ';' would cut a body into fake statements.
    private static List<String> statementsIn(String executed) {
        return executed.indexOf('$') >= 0 ? List.of(executed) : LiquibaseSplitter.split(executed, false, true, null);
    }

    private static Translation translate(String text, SqlDialect dialect, StatementParser parser) {
        try {
            return Keywords.decide(text)
                    .or(() -> SequenceStatements.read(text, dialect))
                    .orElseGet(() -> translate(parser.parse(Keywords.forParser(text)), dialect));
        } catch (NotUnderstood e) {
            return Translation.refused(e.getMessage());
        } catch (RuntimeException e) {
            // A parse tree shape no translator expected: refusing is right, failing the whole run is not.
            return Translation.refused("the statement's form is not analysed");
        }
    }

    private static Translation translate(Statement statement, SqlDialect dialect) {
        if (statement instanceof CreateTable create) {
            return CreateTranslator.table(create, dialect);
        } else if (statement instanceof CreateIndex create) {
            return CreateTranslator.index(create);
        } else if (statement instanceof CreateSequence create) {
            return CreateTranslator.sequence(create);
        } else if (statement instanceof CreateView create) {
            return CreateTranslator.view(create);
        } else if (statement instanceof CreateSchema create) {
            return CreateTranslator.schema(create);
        } else if (statement instanceof Alter alter) {
            return AlterTableTranslator.translate(alter, dialect);
        } else if (statement instanceof AlterSequence alter) {
            return ObjectTranslator.alterSequence(alter);
        } else if (statement instanceof Drop drop) {
            return ObjectTranslator.drop(drop);
        } else if (statement instanceof Comment comment) {
            return ObjectTranslator.comment(comment);
        } else if (statement instanceof Insert insert) {
            return DataTranslator.insert(insert);
        } else if (statement instanceof Update update) {
            return DataTranslator.update(update);
        } else if (statement instanceof Delete delete) {
            return DataTranslator.delete(delete);
        }
        return Translation.refused("this kind of statement is not analysed");
    }
}
