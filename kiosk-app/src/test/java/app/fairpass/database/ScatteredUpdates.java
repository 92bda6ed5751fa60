package app.fairpass.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    /** What each row's booth should be, by id. */
    private final int[] written = new int[ROWS + 1];

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
        for (int id = 1; id <= ROWS; id++) {
            written[id] = id;
        }
    }

    /** One commit per update, each moving a random row to a random booth; {@code between} runs every tenth. */
    void update(int commits, Runnable between) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE seeker SET booth = ? WHERE id = ?")) {
            for (int i = 1; i <= commits; i++) {
                int booth = random.nextInt(ROWS);
                int id = 1 + random.nextInt(ROWS);
                update.setInt(1, booth);
                update.setInt(2, id);
                update.executeUpdate();
                written[id] = booth;
                if (i % 10 == 0) {
                    between.run();
                }
            }
        }
    }

    long fileSize() throws Exception {
        return Files.size(folder.resolve("fair.mv.db"));
    }

    /** Rows missing or not as last written; 0 when the file holds every commit. */
    int rowsNotAsWritten() throws SQLException {
        int wrong = ROWS;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, booth FROM seeker")) {
            while (rows.next()) {
                if (written[rows.getInt(1)] == rows.getInt(2)) {
                    wrong--;
                }
            }
        }
        return wrong;
    }

    void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
