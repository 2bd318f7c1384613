package liquibase.ext.syzygy.changelog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import liquibase.ContextExpression;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeParameterMetaData;
import liquibase.change.ChangeWithColumns;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.Stage;
import liquibase.ext.syzygy.StagedChange;
import liquibase.ext.syzygy.fact.ChangeFacts;
import liquibase.ext.syzygy.fact.ChangeSetFacts;
import liquibase.ext.syzygy.fact.ChangeSetId;
import liquibase.ext.syzygy.fact.ColumnFacts;
import liquibase.ext.syzygy.sql.StatementParser;
import liquibase.resource.ResourceAccessor;

/**
 * Reduces a Liquibase {@link ChangeSet} to {@link ChangeSetFacts}, the plain values the pure domain classifies.
 *
 * <p>This is the only place that knows how Liquibase stores ids, contexts and change properties, so the classifier
 * and planner stay testable without Liquibase. It reads the changeset as it is at call time: call it before the
 * stage is written into the context filter (the {@link StageAssigner} keeps the original facts for later reads).
 *
 * <p>One instance serves one changelog: it caches, per changelog file, whether that file came from a jar, and per
 * change class, Liquibase's metadata of that class (as Liquibase's {@code ChangeFactory} does, but without a scope
 * lookup per change), and it reads all raw SQL with one SQL parser.
 */
public final class ChangeSetFactsReader {

    private static final Pattern APPLICATION_CLASSES = Pattern.compile("(?:BOOT|WEB)-INF/classes[/!]");

    private final ResourceAccessor resourceAccessor;
    private final String database;
    private final Map<String, Boolean> fromJarByPhysicalPath = new HashMap<>();
    private final Map<Class<?>, ChangeType> typesByClass = new HashMap<>();
    private final ChangeFactory changeFactory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
    // One parser thread for the whole read; it ends by itself once the read is over (StatementParser).
    private final StatementParser sqlParser = new StatementParser();

    /**
     * @param resourceAccessor the accessor the changelog was loaded with, or null when unknown
     * @param database the short name of the database the changelog is read for (e.g. {@code postgresql}), the
     *     dialect raw SQL is read in unless its changeset names one; null when unknown
     */
    public ChangeSetFactsReader(ResourceAccessor resourceAccessor, String database) {
        this.resourceAccessor = resourceAccessor;
        this.database = database;
    }

    /** A reader for a changelog whose resources and database are unknown. */
    public ChangeSetFactsReader(ResourceAccessor resourceAccessor) {
        this(resourceAccessor, null);
    }

    /** A reader using the current scope's resource accessor. */
    public static ChangeSetFactsReader forCurrentScope(String database) {
        return new ChangeSetFactsReader(Scope.getCurrentScope().getResourceAccessor(), database);
    }

    /** The facts of {@code changeSet} as it is now. */
    public ChangeSetFacts read(ChangeSet changeSet) {
        // getFilePath() is what ChangeSet.toString(false) prints, so ids match Liquibase's own messages.
        ChangeSetId id = new ChangeSetId(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor());
        return new ChangeSetFacts(
                id,
                ownContextExpression(changeSet),
                inheritedContextExpressions(changeSet),
                changes(changeSet),
                isFromJar(changeSet.getChangeLog()));
    }

    // Both lists are built immutable and exactly sized: the facts keep them for the whole run without copying.
    private static List<String> inheritedContextExpressions(ChangeSet changeSet) {
        Collection<ContextExpression> filters = changeSet.getInheritableContextFilter();
        if (filters.isEmpty()) {
            return List.of();
        }
        List<String> expressions = new ArrayList<>(filters.size());
        for (ContextExpression expression : filters) {
            expressions.add(expression.toString());
        }
        return List.copyOf(expressions);
    }

    private List<ChangeFacts> changes(ChangeSet changeSet) {
        List<Change> changes = changeSet.getChanges();
        ChangeFacts[] facts = new ChangeFacts[changes.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = readChange(changes.get(i), changeSet);
        }
        return List.of(facts);
    }

    /** The changeset's own context expression as written, empty when it has none. */
    static String ownContextExpression(ChangeSet changeSet) {
        ContextExpression filter = changeSet.getContextFilter();
        if (filter == null || filter.isEmpty()) {
            return "";
        }
        return filter.toString();
    }

    private ChangeFacts readChange(Change change, ChangeSet changeSet) {
        ChangeType type = typesByClass.get(change.getClass());
        if (type == null) {
            type = ChangeType.of(changeFactory.getChangeMetaData(change));
            typesByClass.put(change.getClass(), type);
        }
        if (change instanceof AbstractSQLChange) {
            Optional<ChangeFacts> sql = SqlChangeFacts.read(change, type.name(), changeSet, database, sqlParser);
            if (sql.isPresent()) {
                return sql.get();
            }
        }
        Optional<Stage> declared =
                change instanceof StagedChange staged ? staged.syzygyStage().asOptional() : Optional.empty();
        ChangeProperties.Read properties = ChangeProperties.simpleProperties(change, type.read());
        return ChangeFacts.of(type.name(), properties.values(), columnsOf(change), declared, properties.unreadable());
    }

    /** A change class's name in changelogs and the parameters worth reading, looked up once per class. */
    private record ChangeType(String name, List<ChangeParameterMetaData> read) {
        static ChangeType of(ChangeMetaData metaData) {
            return new ChangeType(metaData.getName(), ChangeProperties.readParameters(metaData));
        }
    }

    private static List<ColumnFacts> columnsOf(Change change) {
        if (change instanceof ChangeWithColumns<?> withColumns && withColumns.getColumns() != null) {
            return ColumnFactsReader.read(withColumns.getColumns());
        }
        return List.of();
    }

    private boolean isFromJar(DatabaseChangeLog changeLog) {
        if (changeLog == null || changeLog.getPhysicalFilePath() == null || resourceAccessor == null) {
            return false;
        }
        // get-then-put, not computeIfAbsent: a bound method reference would be allocated for every changeset.
        String path = changeLog.getPhysicalFilePath();
        Boolean fromJar = fromJarByPhysicalPath.get(path);
        if (fromJar == null) {
            fromJar = lookUpFromJar(path);
            fromJarByPhysicalPath.put(path, fromJar);
        }
        return fromJar;
    }

    /**
     * Whether a jar URI points into an application's own classes packaged as a Spring Boot jar or a war
     * ({@code BOOT-INF/classes}, {@code WEB-INF/classes}): those changelogs are the user's, not a library's.
     */
    static boolean isApplicationClasses(String uri) {
        return APPLICATION_CLASSES.matcher(uri).find();
    }

    private boolean lookUpFromJar(String physicalPath) {
        try {
            var resource = resourceAccessor.get(physicalPath);
            return resource != null
                    && resource.exists()
                    && resource.getUri() != null
                    && "jar".equalsIgnoreCase(resource.getUri().getScheme())
                    && !isApplicationClasses(resource.getUri().toString());
        } catch (Exception e) {
            // A changelog we cannot locate again is treated as the user's own: the safe default for checks.
            return false;
        }
    }
}
