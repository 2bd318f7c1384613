package liquibase.ext.syzygy.changelog;

/**
 * Decodes an XML attribute value as an XML parser hands it to Liquibase: the predefined and numeric character
 * references, and line breaks and tabs normalised to spaces.
 */
final class XmlValues {

    private XmlValues() {}

    /** The value between {@code from} (inclusive) and {@code to} (exclusive). */
    static String decode(CharSequence text, int from, int to) {
        StringBuilder value = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '&') {
                i = reference(text, i, to, value);
                continue;
            }
            if (c == '\r' && Text.at(text, i + 1) == '\n' && i + 1 < to) {
                i++;
            }
            value.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            i++;
        }
        return value.toString();
    }

    /** Appends the reference at {@code at} (a {@code &}) and returns the index after it. */
    private static int reference(CharSequence text, int at, int to, StringBuilder value) {
        int end = at + 1;
        while (end < to && end - at < 12 && text.charAt(end) != ';') {
            end++;
        }
        String name = end < to && text.charAt(end) == ';'
                ? text.subSequence(at + 1, end).toString()
                : "";
        String decoded = resolve(name);
        if (decoded == null) {
            value.append('&');
            return at + 1;
        }
        value.append(decoded);
        return end + 1;
    }

    private static String resolve(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numeric(name);
        };
    }

    private static String numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        boolean hex = name.charAt(1) == 'x';
        try {
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
