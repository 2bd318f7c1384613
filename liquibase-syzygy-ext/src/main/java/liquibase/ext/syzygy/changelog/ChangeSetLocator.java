package liquibase.ext.syzygy.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import liquibase.changelog.ChangeSet;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.finding.SourceLocation;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Locates every planned changeset in its changelog file (file and line), for reports that annotate source code.
 *
 * <p>Reads each physical changelog once through the run's resource accessor; a file it cannot read, or a changeset
 * it cannot find in it, is reported at line 1 of that file.
 */
public final class ChangeSetLocator {

    private final ResourceAccessor resourceAccessor;
    private final Map<String, Map<String, Integer>> linesByFile = new HashMap<>();

    public ChangeSetLocator(ResourceAccessor resourceAccessor) {
        this.resourceAccessor = resourceAccessor;
    }

    /** The location of every changeset of {@code planned}. */
    public Map<ChangeSetId, SourceLocation> locate(PlannedChangeSets planned) {
        Map<ChangeSetId, SourceLocation> locations = new HashMap<>();
        planned.changeSets().forEach((id, changeSet) -> locations.put(id, locate(id, changeSet)));
        return locations;
    }

    SourceLocation locate(ChangeSetId id, ChangeSet changeSet) {
        String file = physicalPath(changeSet, id);
        Integer line = linesByFile
                .computeIfAbsent(file, this::linesOf)
                .get(ChangeSetLines.key(changeSet.getId(), changeSet.getAuthor()));
        return line == null ? SourceLocation.startOf(file) : new SourceLocation(file, line);
    }

    private static String physicalPath(ChangeSet changeSet, ChangeSetId id) {
        if (changeSet.getChangeLog() != null && changeSet.getChangeLog().getPhysicalFilePath() != null) {
            return changeSet.getChangeLog().getPhysicalFilePath();
        }
        return id.file();
    }

    private Map<String, Integer> linesOf(String file) {
        if (resourceAccessor == null) {
            return Map.of();
        }
        try {
            Resource resource = resourceAccessor.get(file);
            if (resource == null || !resource.exists()) {
                return Map.of();
            }
            try (InputStream in = resource.openInputStream()) {
                return ChangeSetLines.find(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // A location is a convenience: a file we cannot read again is reported at line 1.
            return Map.of();
        }
    }
}
