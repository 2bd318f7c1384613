package liquibase.ext.syzygy.plan;

import java.util.Locale;

/**
 * How the user started Liquibase, so that a hint names the form they actually type: a CLI flag, a Maven property,
 * a Spring Boot property or a Java API argument. A hint in another entry point's syntax is a hint to look up.
 */
public enum EntryPoint {
    CLI,
    MAVEN,
    SPRING,
    JAVA_API;

    /**
     * The entry point for Liquibase's integration name ({@code cli}, {@code maven}, {@code spring}); no name is the
     * Java API, and a name this enum does not know (a wrapper around the CLI, such as {@code docker}) is the CLI.
     */
    public static EntryPoint named(String integrationName) {
        if (integrationName == null || integrationName.isBlank()) {
            return JAVA_API;
        }
        String name = integrationName.toLowerCase(Locale.ROOT);
        if (name.contains("maven")) {
            return MAVEN;
        }
        if (name.contains("spring")) {
            return SPRING;
        }
        return name.equals("ant") ? JAVA_API : CLI;
    }

    /** How to select {@code contexts} here, e.g. {@code --contexts=pre-deploy}. */
    public String contexts(String contexts) {
        return switch (this) {
            case CLI -> "--contexts=" + contexts;
            case MAVEN -> "-Dliquibase.contexts=" + contexts + " (or <contexts>" + contexts + "</contexts>)";
            case SPRING -> "spring.liquibase.contexts=" + contexts;
            case JAVA_API -> "the contexts \"" + contexts + "\"";
        };
    }

    /** The update to run with {@code contexts}, e.g. {@code liquibase update --contexts=pre-deploy}. */
    public String update(String contexts) {
        return switch (this) {
            case CLI -> "liquibase update --contexts=" + contexts;
            case MAVEN -> "mvn liquibase:update -Dliquibase.contexts=" + contexts;
            case SPRING -> "spring.liquibase.contexts=" + contexts;
            case JAVA_API -> "an update with the contexts \"" + contexts + "\"";
        };
    }
}
