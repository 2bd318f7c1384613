package liquibase.ext.syzygy.it.spring;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application started as its own process, for tests where it must run beside other deployers (a
 * quorum): it migrates on start-up with {@code SpringLiquibase} and exits 0, or prints the failure and exits 1, as
 * a deployment Job's container would.
 *
 * <p>Arguments: JDBC URL, user (or {@code -}), default schema (or {@code -}), changelog ({@code classpath:...}),
 * contexts. Liquibase settings come from the environment or system properties, as for any Spring Boot application.
 */
public final class SpringDeployer {

    private SpringDeployer() {}

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", args[0]);
        if (!args[1].equals("-")) {
            properties.put("spring.datasource.username", args[1]);
        }
        if (!args[2].equals("-")) {
            properties.put("spring.liquibase.default-schema", args[2]);
        }
        properties.put("spring.liquibase.change-log", args[3]);
        properties.put("spring.liquibase.contexts", args[4]);
        properties.put("spring.main.banner-mode", "off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            System.out.println("spring deployer: started, migrated and stopped");
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
