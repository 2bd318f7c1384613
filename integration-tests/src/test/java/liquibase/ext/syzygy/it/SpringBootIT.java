package liquibase.ext.syzygy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import liquibase.ext.syzygy.it.spring.ShopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Boot's {@code SpringLiquibase} (Spring Boot 3.5) runs one stage per application start, chosen with
 * {@code spring.liquibase.contexts}; started without a stage, the application fails to start with
 * {@code NO_STAGE_SELECTED} and nothing is applied. SpringLiquibase calls {@code Liquibase.update(Contexts, ..)}, a
 * {@code CommandScope("update")}, so the guard and the plan checks run exactly as for the CLI.
 */
class SpringBootIT {

    /** Starts (and, on success, stops) the application against {@code db} with {@code contexts}, if any. */
    static void startApplication(TestDatabase db, String contexts) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        if (db.username() != null) {
            properties.put("spring.datasource.username", db.username());
        }
        if (db.password() != null) {
            properties.put("spring.datasource.password", db.password());
        }
        if (db.schema() != null) {
            properties.put("spring.liquibase.default-schema", db.schema());
        }
        properties.put("spring.liquibase.change-log", "classpath:" + Samples.SHOP);
        if (contexts != null) {
            properties.put("spring.liquibase.contexts", contexts);
        }
        properties.put("spring.main.banner-mode", "off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(DbKind.class)
    void startedOncePerStage(DbKind kind) throws Exception {
        try (TestDatabase db = Databases.create(kind, "spring-boot-stages")) {
            startApplication(db, "pre-deploy");
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.PRE_DEPLOY);
            assertThat(db.tableExists("customer_notes")).isTrue();

            startApplication(db, "post-deploy");
            assertThat(db.appliedIds()).containsExactlyElementsOf(ShopHistory.preThenPost());
            assertThat(db.tableExists("customer_notes")).isFalse();
        }
    }

    @Test
    void withoutContextsTheApplicationDoesNotStartAndNothingIsApplied() throws Exception {
        try (TestDatabase db = Databases.sqlite("spring-boot-no-stage")) {
            assertThatThrownBy(() -> startApplication(db, null))
                    .hasStackTraceContaining("[NO_STAGE_SELECTED]")
                    .hasStackTraceContaining("'update' was run with no contexts")
                    .hasStackTraceContaining("Run the stage you mean: spring.liquibase.contexts=pre-deploy before"
                            + " rolling out the new code");
            assertThat(db.appliedIds()).isEmpty();
            assertThat(db.userTables()).isEmpty();
        }
    }
}
