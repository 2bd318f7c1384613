package liquibase.ext.syzygy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a compiled class refers to, read from its constant pool: class entries and every type named in a
 * descriptor or signature. What the compiler kept is what the class depends on, whatever its import lines say
 * (fully qualified names, static imports and same-package references included).
 */
final class ClassReferences {

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+/[\\w$]+)[;<]");

    private ClassReferences() {}

    /** The binary names (dotted) of the classes {@code classFile} refers to, itself excluded. */
    static Set<String> of(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile)) {
            List<String> utf8 = new ArrayList<>();
            List<Integer> classIndexes = new ArrayList<>();
            readConstantPool(new DataInputStream(in), utf8, classIndexes);
            Set<String> names = new TreeSet<>();
            for (int index : classIndexes) {
                String name = utf8.get(index);
                if (name != null) {
                    addClassEntry(name, names);
                }
            }
            for (String text : utf8) {
                if (text != null) {
                    Matcher matcher = DESCRIPTOR_TYPE.matcher(text);
                    while (matcher.find()) {
                        names.add(matcher.group(1).replace('/', '.'));
                    }
                }
            }
            return names;
        }
    }

    private static void addClassEntry(String name, Set<String> names) {
        if (name.startsWith("[")) {
            Matcher matcher = DESCRIPTOR_TYPE.matcher(name);
            while (matcher.find()) {
                names.add(matcher.group(1).replace('/', '.'));
            }
        } else {
            names.add(name.replace('/', '.'));
        }
    }

    /** Fills {@code utf8} (by constant-pool index, null where not a Utf8 entry) and the indexes of class names. */
    private static void readConstantPool(DataInputStream in, List<String> utf8, List<Integer> classIndexes)
            throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        utf8.add(null);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.add(in.readUTF());
                case 7 -> {
                    classIndexes.add(in.readUnsignedShort());
                    utf8.add(null);
                }
                case 8, 16, 19, 20 -> skip(in, 2, utf8);
                case 15 -> skip(in, 3, utf8);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4, utf8);
                case 5, 6 -> {
                    skip(in, 8, utf8);
                    utf8.add(null);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    private static void skip(DataInputStream in, int bytes, List<String> utf8) throws IOException {
        in.skipNBytes(bytes);
        utf8.add(null);
    }
}
