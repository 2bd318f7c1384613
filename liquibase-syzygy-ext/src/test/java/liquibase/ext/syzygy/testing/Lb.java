package liquibase.ext.syzygy.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/** Runs real Liquibase commands in-process against a JDBC URL, with changelogs from the test classpath. */
public final class Lb {

    /** Both stages: what a full deploy runs. */
    public static final String ALL = "pre-deploy,post-deploy";

    private final String url;
    private final String username;

    public Lb(String url, String username) {
        this.url = url;
        this.username = username;
    }

    public void update(String changelog, String contexts) throws Exception {
        command("update", changelog, Map.of("contexts", contexts)).execute();
    }

    public void rollbackCount(String changelog, int count, String contexts) throws Exception {
        command("rollbackCount", changelog, Map.of("count", count, "contexts", contexts))
                .execute();
    }

    public void validate(String changelog) throws Exception {
        command("validate", changelog, Map.of()).execute();
    }

    /** The SQL {@code update-sql} prints. */
    public String updateSql(String changelog, String contexts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command("updateSql", changelog, Map.of("contexts", contexts))
                .setOutput(out)
                .execute();
        return out.toString(StandardCharsets.UTF_8);
    }

    private CommandScope command(String name, String changelog, Map<String, Object> arguments) throws Exception {
        CommandScope scope =
                new CommandScope(name).addArgumentValue("url", url).addArgumentValue("changelogFile", changelog);
        if (username != null) {
            scope.addArgumentValue("username", username);
        }
        arguments.forEach(scope::addArgumentValue);
        return scope;
    }

    /** Parses a changelog from the test classpath (XML with XSD validation and secure parsing, YAML or JSON). */
    public static DatabaseChangeLog parse(String changelog) throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor();
        return ChangeLogParserFactory.getInstance()
                .getParser(changelog, resources)
                .parse(changelog, new ChangeLogParameters(), resources);
    }

    /** The only changeset of a parsed changelog with the given id. */
    public static ChangeSet changeSet(String changelog, String id) throws Exception {
        return parse(changelog).getChangeSets().stream()
                .filter(cs -> cs.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no changeset " + id + " in " + changelog));
    }
}
