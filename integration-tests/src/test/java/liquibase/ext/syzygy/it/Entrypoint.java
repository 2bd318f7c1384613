package liquibase.ext.syzygy.it;

import java.util.Map;

/** A way of running {@code update}: the CLI, the Maven plugin or the Java API. */
interface Entrypoint {

    /**
     * Runs {@code update} on {@code db}.
     *
     * @param changelog the changelog path, relative to the samples root (e.g. {@code syzygy-samples/shop/...})
     * @param contexts the {@code --contexts} value, or null for none
     * @param settings Liquibase settings such as {@code liquibase.syzygy.requireStage}, passed the way the entry
     *     point takes them (environment, system property, Scope)
     */
    Outcome update(TestDatabase db, String changelog, String contexts, Map<String, String> settings);

    default Outcome update(TestDatabase db, String changelog, String contexts) {
        return update(db, changelog, contexts, Map.of());
    }
}
