package app.fairpass.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ConnectionPoolSizeTest {
    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(ConnectionPoolSize.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:pool-size");

    @Test
    void thePoolHasOneConnectionMoreThanTheServerHasCores() {
        server.run(context -> assertThat(context.getBean(HikariDataSource.class).getMaximumPoolSize())
                .isEqualTo(Runtime.getRuntime().availableProcessors() + 1));
    }

    @Test
    void anOperatorsSettingWins() {
        server.withPropertyValues(ConnectionPoolSize.PROPERTY + "=17")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(17));
    }
}
