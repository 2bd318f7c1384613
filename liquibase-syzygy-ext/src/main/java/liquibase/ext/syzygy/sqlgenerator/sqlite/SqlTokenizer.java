package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite DDL into top-level tokens. Quoted strings and identifiers ({@code '...'}, {@code "..."},
 * {@code `...`}, {@code [...]}), blob literals and parenthesised groups (with anything nested inside) are
 * single tokens; whitespace and comments separate tokens and are dropped.
 */
final class SqlTokenizer {

    enum Kind {
        WORD,
        STRING,
        IDENTIFIER,
        GROUP,
        COMMA,
        OTHER
    }

    /** A token: its kind and its span {@code [start, end)} in the tokenized text. */
    record Token(Kind kind, int start, int end, String text) {

        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isOther(char c) {
            return kind == Kind.OTHER && text.charAt(0) == c;
        }

        /** The name this token spells, without quotes. */
        String name() {
            return switch (kind) {
                case IDENTIFIER, STRING -> unquote(text);
                default -> text;
            };
        }
    }

    private final String sql;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** The top-level tokens of {@code sql} between {@code from} and {@code to}. */
    static List<Token> tokenize(String sql, int from, int to) {
        return new SqlTokenizer(sql).tokens(from, to);
    }

    private List<Token> tokens(int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = skipSpace(from, to);
        while (i < to) {
            Token token = token(i, to);
            tokens.add(token);
            i = skipSpace(token.end(), to);
        }
        return tokens;
    }

    private Token token(int i, int to) {
        char c = sql.charAt(i);
        if ((c == 'x' || c == 'X') && i + 1 < to && sql.charAt(i + 1) == '\'') {
            return make(Kind.STRING, i, quoted(i + 1, '\'', to));
        }
        return switch (c) {
            case '\'' -> make(Kind.STRING, i, quoted(i, '\'', to));
            case '"', '`' -> make(Kind.IDENTIFIER, i, quoted(i, c, to));
            case '[' -> make(Kind.IDENTIFIER, i, closing(i, ']', to));
            case '(' -> make(Kind.GROUP, i, group(i, to));
            case ',' -> make(Kind.COMMA, i, i + 1);
            default -> isWordChar(c) ? make(Kind.WORD, i, word(i, to)) : make(Kind.OTHER, i, i + 1);
        };
    }

    private Token make(Kind kind, int start, int end) {
        return new Token(kind, start, end, sql.substring(start, end));
    }

    private int quoted(int open, char quote, int to) {
        int i = open + 1;
        while (i < to) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < to && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw unterminated(open);
    }

    private int closing(int open, char close, int to) {
        int end = sql.indexOf(close, open + 1);
        if (end < 0 || end >= to) {
            throw unterminated(open);
        }
        return end + 1;
    }

    private int group(int open, int to) {
        int i = skipSpace(open + 1, to);
        while (i < to) {
            if (sql.charAt(i) == ')') {
                return i + 1;
            }
            i = skipSpace(token(i, to).end(), to);
        }
        throw unterminated(open);
    }

    private int word(int i, int to) {
        while (i < to && isWordChar(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpace(int i, int to) {
        while (i < to) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 || newline >= to ? to : newline + 1;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 || close + 2 > to ? to : close + 2;
            } else {
                return i;
            }
        }
        return to;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c > 127;
    }

    private IllegalArgumentException unterminated(int open) {
        return new IllegalArgumentException(
                "unterminated '" + sql.charAt(open) + "' at offset " + open + " in: " + sql);
    }

    static String unquote(String quoted) {
        char open = quoted.charAt(0);
        if (open == '[') {
            return quoted.substring(1, quoted.length() - 1);
        }
        if (open == 'x' || open == 'X') {
            return quoted;
        }
        String inner = quoted.substring(1, quoted.length() - 1);
        String doubled = String.valueOf(open) + open;
        return inner.replace(doubled, String.valueOf(open));
    }
}
