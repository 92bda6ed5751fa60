package app.fairpass.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Sizes the connection pool to the server's cores unless {@code spring.datasource.hikari.maximum-pool-size} is set.
 * A request's database work runs on its own thread, and H2 works in the server's process: connections beyond the
 * cores only queue inside the database's locks. On 2 cores Hikari's default of 10 gave 240 check-ins a second; 3
 * gave 494 (docs/benchmarks.md). The same holds for PostgreSQL on the venue server itself.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionPoolSize {
    static final String PROPERTY = "spring.datasource.hikari.maximum-pool-size";

    @Bean
    static BeanPostProcessor poolSizedToCores(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && !environment.containsProperty(PROPERTY)) {
                    pool.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() + 1);
                }
                return bean;
            }
        };
    }
}
