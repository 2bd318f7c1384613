package liquibase.ext.syzygy.report;

/**
 * Escapes text for XML 1.0 content and attribute values; characters XML 1.0 cannot carry at all (most control
 * characters, lone surrogates) become U+FFFD, so a report never turns into an unreadable document.
 */
final class XmlText {

    private XmlText() {}

    /** {@code text} escaped for element content or a double-quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(allowed(text, i) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
