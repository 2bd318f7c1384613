package liquibase.ext.syzygy.sqlgenerator.postgresql;

/**
 * Wraps a PL/pgSQL body in dollar quotes whose tag the body does not contain. The body holds names and a literal
 * from the changelog; with a fixed tag, a value containing {@code $syzygy$} would end the quoted body and what
 * follows would run as SQL.
 */
final class DollarQuoted {

    private DollarQuoted() {}

    /** {@code DO $tag$ body $tag$} with the first tag of {@code syzygy}, {@code syzygy1}, ... not in the body. */
    static String doBlock(String body) {
        String tag = "$syzygy$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$syzygy" + i + "$";
        }
        return "DO " + tag + "\n" + body + "\n" + tag;
    }
}
