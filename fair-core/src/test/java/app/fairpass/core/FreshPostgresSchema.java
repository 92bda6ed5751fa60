package app.fairpass.core;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL the tests' schema outlives the run (an in-memory H2 does not): it is emptied before the migrations
 * run, so every run starts from an empty schema like a new installation.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class FreshPostgresSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
