package liquibase.ext.syzygy.stage;

import java.util.SortedSet;
import java.util.TreeSet;
import liquibase.Scope;
import liquibase.change.ChangeFactory;
import liquibase.serializer.LiquibaseSerializable;

/**
 * The change types of Liquibase's standard namespace: what Liquibase core registers, plus core types an extension
 * re-implements under the same name (the extension's SQLite-native {@code dropColumn}). Change types in other
 * namespaces, such as the extension's own {@code syzygy:} types, declare their stage themselves.
 */
final class CoreChangeTypes {

    private CoreChangeTypes() {}

    static SortedSet<String> names() {
        ChangeFactory factory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        SortedSet<String> names = new TreeSet<>();
        for (String name : factory.getDefinedChanges()) {
            String namespace = factory.create(name).getSerializedObjectNamespace();
            if (LiquibaseSerializable.STANDARD_CHANGELOG_NAMESPACE.equals(namespace)) {
                names.add(name);
            }
        }
        return names;
    }
}
