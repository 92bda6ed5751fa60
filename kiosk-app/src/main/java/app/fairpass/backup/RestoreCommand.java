package app.fairpass.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.h2.tools.Restore;

/**
 * {@code java -jar fairpass.jar restore --from=BACKUP.zip [--data-dir=./data] [--name=fairpass]}: puts a backup
 * back as the database, with the server stopped. The database it replaces is kept beside it, renamed, and the
 * restored one is opened once to prove it reads.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path from = null;
        Path dataDir = Path.of("data");
        String name = "fairpass";
        for (String arg : args) {
            if (arg.startsWith("--from=")) {
                from = Path.of(arg.substring(7));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring(11));
            } else if (arg.startsWith("--name=")) {
                name = arg.substring(7);
            } else {
                return usage(out, "unknown argument " + arg);
            }
        }
        if (from == null || !Files.isRegularFile(from)) {
            return usage(out, from == null ? "--from is missing" : "no such backup file " + from);
        }
        try {
            Files.createDirectories(dataDir);
            Path current = dataDir.resolve(name + ".mv.db");
            if (Files.exists(current)) {
                Path aside = dataDir.resolve(name + ".mv.db.before-restore-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()));
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                out.println("kept the previous database as " + aside);
            }
            Restore.execute(from.toString(), dataDir.toString(), name);
            out.println("restored " + from + " to " + current + ": " + tables(dataDir, name) + " tables, "
                    + rows(dataDir, name, "check_in") + " check-ins");
            return 0;
        } catch (Exception e) {
            out.println("restore failed: " + e.getMessage());
            return 1;
        }
    }

    static long tables(Path dataDir, String name) throws SQLException {
        return count(dataDir, name, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
    }

    static long rows(Path dataDir, String name, String table) throws SQLException {
        return count(dataDir, name, "SELECT COUNT(*) FROM " + table);
    }

    private static long count(Path dataDir, String name, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve(name).toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: java -jar fairpass.jar restore --from=BACKUP.zip [--data-dir=./data] [--name=fairpass]");
        out.println("Stop the server first. The database being replaced is kept beside it, renamed.");
        return 2;
    }
}
