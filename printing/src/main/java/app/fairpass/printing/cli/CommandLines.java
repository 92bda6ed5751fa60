package app.fairpass.printing.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every FairPass command shares: its {@code --help}, and running it with all its output on one stream. */
public final class CommandLines {

    private CommandLines() {
    }

    /** Mixed into each command: {@code --help} alone (no {@code -h}), so each usage starts with its real options. */
    public static final class Help {
        @Option(names = "--help", usageHelp = true, description = "show this help")
        boolean help;
    }

    /** Runs {@code command} with {@code args}, printing results and errors to {@code out}; returns the exit code. */
    public static int run(Object command, String[] args, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        return new CommandLine(command).setOut(writer).setErr(writer).execute(args);
    }
}
