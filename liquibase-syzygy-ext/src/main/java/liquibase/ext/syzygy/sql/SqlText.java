package liquibase.ext.syzygy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The code of a SQL text without its comments and whitespace, each character with its line, lexed as Liquibase's
 * splitter lexes it ({@code '…'} and {@code "…"} quotes, {@code --} and block comments; no dollar quotes), so a
 * statement Liquibase returns can be found again in the text it came from.
 *
 * @param code the characters outside comments that are not whitespace
 * @param lines the 1-based line of each character of {@code code}
 */
record SqlText(String code, int[] lines) {

    /** Lexes a whole text. */
    static SqlText of(String text) {
        StringBuilder code = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int end = skipComment(text, i);
            for (int j = i; j < end; j++) {
                line += text.charAt(j) == '\n' ? 1 : 0;
            }
            if (end > i) {
                i = end;
                continue;
            }
            end = quoteEnd(text, i);
            for (int j = i; j < end; j++) {
                char c = text.charAt(j);
                if (!Character.isWhitespace(c)) {
                    code.append(c);
                    lines.add(line);
                }
                line += c == '\n' ? 1 : 0;
            }
            i = end;
        }
        return new SqlText(
                code.toString(), lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The text without the comments and whitespace before its first code character. */
    static String withoutLeadingComments(String text) {
        int i = 0;
        while (i < text.length()) {
            int end = skipComment(text, i);
            if (end > i) {
                i = end;
            } else if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else {
                break;
            }
        }
        return text.substring(i).trim();
    }

    /** The first words of a statement, upper-cased, stopping at the first character that is not part of a word. */
    static List<String> leadingWords(String statement, int count) {
        String text = withoutLeadingComments(statement);
        List<String> words = new ArrayList<>();
        for (int[] span : wordSpans(text, count)) {
            words.add(text.substring(span[0], span[1]).toUpperCase(Locale.ROOT));
        }
        return words;
    }

    /** The statement without its leading comments and without its {@code index}-th leading word. */
    static String withoutWord(String statement, int index) {
        String text = withoutLeadingComments(statement);
        int[] span = wordSpans(text, index + 1).get(index);
        return text.substring(0, span[0]) + text.substring(span[1]);
    }

    private static List<int[]> wordSpans(String text, int count) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (spans.size() < count && i < text.length()) {
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            if (i == start) {
                break;
            }
            spans.add(new int[] {start, i});
            i = skipSpace(text, i);
        }
        return spans;
    }

    private static int skipSpace(String text, int i) {
        int at = i;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int comment = skipComment(text, at);
            if (comment == at) {
                return at;
            }
            at = comment;
        }
    }

    private static int skipComment(String text, int i) {
        if (text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return i;
    }

    // One character, or a whole quoted string or identifier (a doubled quote inside continues it).
    private static int quoteEnd(String text, int i) {
        char quote = text.charAt(i);
        if (quote != '\'' && quote != '"') {
            return i + 1;
        }
        int j = i + 1;
        while (j < text.length()) {
            if (text.charAt(j) == quote) {
                if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return text.length();
    }
}
