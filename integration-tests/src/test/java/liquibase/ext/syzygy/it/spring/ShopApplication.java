package liquibase.ext.syzygy.it.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest Spring Boot application that migrates its database with {@code SpringLiquibase} on startup, as a
 * real one does: a DataSource and Liquibase's auto-configuration, the stage chosen by
 * {@code spring.liquibase.contexts}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ShopApplication {}
