package liquibase.ext.syzygy.change;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Default constraint names, the way PostgreSQL makes them: {@code <table>_<column>_not_null}, kept within
 * PostgreSQL's 63-byte identifier limit. A name that would be longer is cut and given a short hash of the full
 * name, so that two long columns of one table do not end up with the same name.
 */
final class ConstraintNames {

    /** PostgreSQL's NAMEDATALEN - 1. */
    static final int MAX_BYTES = 63;

    private ConstraintNames() {}

    static String notNull(String table, String column) {
        String name = table + "_" + column + "_not_null";
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String suffix = String.format("_%08x", crc.getValue());
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if ((cut + next + suffix).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                break;
            }
            cut.append(next);
            i += next.length();
        }
        return cut + suffix;
    }
}
