package app.fairpass.backup;

import app.fairpass.printing.cli.CommandLines;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.h2.tools.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * "restore": puts a backup back as the database, with the server stopped. The database it replaces is kept
 * beside it, renamed, and the restored one is opened once to prove it reads.
 */
@Command(name = "restore", sortOptions = false, sortSynopsis = false,
        description = {"Puts a backup back as the database. Stop the server first.",
            "The database being replaced is kept beside it, renamed."})
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "BACKUP.zip", description = "the backup to restore")
    private Path from;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "folder of the database (default: ${DEFAULT-VALUE})")
    private Path dataDir;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "fairpass",
            description = "name of the database (default: ${DEFAULT-VALUE})")
    private String name;

    @Mixin
    private CommandLines.Help help;

    @Spec
    private CommandSpec spec;

    /** Runs the command with {@code args}, printing to {@code out}; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return CommandLines.run(new RestoreCommand(), args, out);
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from)) {
            throw new ParameterException(spec.commandLine(), "no such backup file " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
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
}
