package app.fairpass.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An empty database of a test's own, for migrations: an in-memory H2, or, in the PostgreSQL run of the tests
 * (profile "postgres"), a new schema that {@link #close()} drops.
 */
public final class ScratchDatabase implements AutoCloseable {
    public static final boolean POSTGRES = List.of(System.getProperty("spring.profiles.active", "").split(","))
            .contains("postgres");

    private final String schema;
    private final FluentConfiguration config;

    public ScratchDatabase(String name) {
        schema = POSTGRES ? name + "_" + System.nanoTime() : "PUBLIC";
        config = POSTGRES
                ? Flyway.configure().dataSource(System.getenv("FAIRPASS_TEST_PG_URL"),
                        System.getenv("FAIRPASS_TEST_PG_USER"), System.getenv("FAIRPASS_TEST_PG_PASSWORD"))
                        .schemas(schema).cleanDisabled(false)
                : Flyway.configure().dataSource("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa", "");
    }

    public String schema() {
        return schema;
    }

    /** Migrates to the newest version. */
    public Flyway flyway() {
        return config.load();
    }

    /** Migrates up to and including {@code version}. */
    public Flyway flywayUpTo(String version) {
        return Flyway.configure().configuration(config).target(version).load();
    }

    /** A connection to the database, in its schema. */
    public Connection connection() throws SQLException {
        Connection connection = config.getDataSource().getConnection();
        connection.setSchema(schema);
        return connection;
    }

    @Override
    public void close() {
        if (POSTGRES) {
            flyway().clean(); // drops the schema it created
        }
    }
}
