package liquibase.ext.syzygy.parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;

/**
 * Finds an include loop before it is parsed: Liquibase itself recurses into a file that includes itself (directly
 * or through other files) until the stack overflows.
 *
 * <p>Liquibase tells a changelog being parsed which changelog includes it; a changelog created now learns that
 * parent the same way, so the chain of files being included is read without touching Liquibase's internals.
 */
final class IncludeLoop {

    private IncludeLoop() {}

    /** The {@code INCLUDE_LOOP} error when {@code changeLogFile} is already being parsed, naming the chain. */
    static Optional<String> find(String changeLogFile) {
        List<String> chain = new ArrayList<>();
        chain.add(changeLogFile);
        String file = normalize(changeLogFile);
        for (DatabaseChangeLog parent = new DatabaseChangeLog().getParentChangeLog();
                parent != null;
                parent = parent.getParentChangeLog()) {
            String path = parent.getPhysicalFilePath();
            chain.add(path);
            if (path != null && normalize(path).equals(file)) {
                Collections.reverse(chain);
                return Optional.of(message(chain));
            }
        }
        return Optional.empty();
    }

    private static String message(List<String> chain) {
        return new Finding(
                        FindingCode.INCLUDE_LOOP,
                        Severity.ERROR,
                        Optional.empty(),
                        "The changelogs include each other in a loop: " + String.join(" includes ", chain) + ".",
                        "remove the include that leads back to " + chain.get(0) + ".")
                .format();
    }

    private static String normalize(String path) {
        String plain = path.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "");
        return Path.of(plain).normalize().toString();
    }
}
