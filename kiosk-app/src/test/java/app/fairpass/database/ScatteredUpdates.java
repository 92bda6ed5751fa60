package app.fairpass.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 file written the way a fair writes it: many one-row commits scattered over an indexed table, each leaving a
 * chunk in which a page or two stay live. {@code RETENTION_TIME=0} so that a test need not wait H2's 45 s before
 * old chunks may be rewritten.
 */
final class ScatteredUpdates {
    static final int ROWS = 20_000;
    final Path folder;
    final String url;
    final JdbcDataSource dataSource = new JdbcDataSource();
    private final Random random = new Random(42);

    ScatteredUpdates(Path folder) throws SQLException {
        this.folder = folder;
        this.url = "jdbc:h2:file:" + folder.resolve("fair") + ";WRITE_DELAY=0;RETENTION_TIME=0";
        dataSource.setURL(url);
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE seeker(id INT PRIMARY KEY, booth INT NOT NULL, note VARCHAR(100))");
            statement.execute("CREATE INDEX seeker_booth ON seeker(booth)");
            statement.execute("INSERT INTO seeker SELECT x, x, REPEAT('n', 100) FROM SYSTEM_RANGE(1, " + ROWS + ")");
        }
    }

    /** One commit per update, each moving a random row to a random booth; {@code between} runs every tenth. */
    void update(int commits, Runnable between) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE seeker SET booth = ? WHERE id = ?")) {
            for (int i = 1; i <= commits; i++) {
                update.setInt(1, random.nextInt(ROWS));
                update.setInt(2, 1 + random.nextInt(ROWS));
                update.executeUpdate();
                if (i % 10 == 0) {
                    between.run();
                }
            }
        }
    }

    long fileSize() throws Exception {
        return Files.size(folder.resolve("fair.mv.db"));
    }

    long bookedRows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*), SUM(booth) FROM seeker")) {
            rows.next();
            return rows.getLong(1) * 1_000_000_000L + rows.getLong(2);
        }
    }

    void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
