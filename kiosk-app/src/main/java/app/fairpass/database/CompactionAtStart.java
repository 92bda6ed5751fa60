package app.fairpass.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compacts the H2 file at start, before the pool opens it, when most of the file is dead space. With
 * {@code WRITE_DELAY=0} H2 never shrinks its file while it runs, and a server stopped by a kill or a power cut never
 * ran the short compaction H2 does on close: the load seeder's 120,000 job seekers left 4.2 GB, 1 % of it live, and a
 * half-hourly backup copies all of it. {@code SHUTDOWN COMPACT} rewrites the live data into a new file and swaps it
 * in; a crash midway leaves the old file (5 s for that file, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class CompactionAtStart {
    /** Below this the file is left alone: a few seconds at start would save a few megabytes. */
    static final long SMALLEST_FILE_WORTH_IT = 32L << 20;
    /** Compact when less than this share of the file (in per cent) holds live data. */
    private static final int LIVE_PERCENT_BELOW = 50;
    private static final Logger log = LoggerFactory.getLogger(CompactionAtStart.class);

    @Bean
    static BeanPostProcessor compactSparseH2FileBeforeThePoolOpensIt() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    EmbeddedH2File.of(pool.getJdbcUrl())
                            .ifPresent(h2 -> compactIfSparse(h2, pool.getUsername(), pool.getPassword()));
                }
                return bean;
            }
        };
    }

    /** True if the file was compacted. */
    static boolean compactIfSparse(EmbeddedH2File h2, String user, String password) {
        Path file = h2.file();
        try {
            long sizeBefore = Files.exists(file) ? Files.size(file) : 0;
            if (sizeBefore < SMALLEST_FILE_WORTH_IT) {
                return false;
            }
            long started = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(h2.url(), user, password);
                    Statement statement = connection.createStatement()) {
                int livePercent = livePercent(statement);
                if (livePercent >= LIVE_PERCENT_BELOW) {
                    return false;
                }
                log.info("the database file {} is {} MB, about {} % of it live: compacting it before start", file,
                        sizeBefore >> 20, livePercent);
                statement.execute("SHUTDOWN COMPACT");
            }
            log.info("database file compacted from {} MB to {} MB in {} ms", sizeBefore >> 20, Files.size(file) >> 20,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | SQLException e) {
            // The server runs as well on the big file; the pool will report a database that cannot be opened.
            log.warn("could not compact the database file {}; starting without", file, e);
            return false;
        }
    }

    /** The share of the file in live pages: blocks in use times the live share of those blocks. */
    private static int livePercent(Statement statement) throws SQLException {
        Map<String, Integer> info = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), Integer.parseInt(rows.getString(2)));
            }
        }
        // An H2 that does not report them is taken as full: starting is what matters.
        return info.getOrDefault("info.FILL_RATE", 100) * info.getOrDefault("info.CHUNKS_FILL_RATE", 100) / 100;
    }
}
