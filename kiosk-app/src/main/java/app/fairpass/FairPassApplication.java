package app.fairpass;

import app.fairpass.backup.RestoreCommand;
import app.fairpass.demo.FairDayReplay;
import app.fairpass.printing.cli.TestBadgeCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The venue server: organiser console, kiosks, booths and the public registration page in one process. Timed work
 * (backups, H2 chunk rewriting, the live dashboard's tick, a kiosk's return to its start screen) runs on Spring's
 * scheduler, which stops with the application.
 */
@SpringBootApplication
@EnableScheduling
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class FairPassApplication implements AppShellConfigurator {

    /**
     * Starts the server, unless the first argument names one of the commands that run instead of it: {@code
     * test-badge} prints a sample badge for a venue technician checking a printer; {@code restore} puts a database
     * backup back; {@code replay-fair-day} plays a whole fair day into a new database and prints its figures.
     */
    public static void main(String[] args) {
        CommandLine commands = commands();
        if (args.length > 0 && commands.getSubcommands().containsKey(args[0])) {
            System.exit(commands.execute(args));
        }
        SpringApplication.run(FairPassApplication.class, args);
    }

    static CommandLine commands() {
        return new CommandLine(new Commands());
    }

    @Command(name = "java -jar fairpass.jar",
            subcommands = {TestBadgeCommand.class, RestoreCommand.class, FairDayReplay.class})
    private static final class Commands {
    }

    /**
     * Our stylesheets are plain static files: Vaadin here runs without a frontend build (docs/architecture.md
     * "Vaadin without npm").
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/fairpass.css");
        settings.addLink("stylesheet", "styles/kiosk.css");
        // FairPass's own icon; browsers that ask for /favicon.ico by themselves get the same picture there.
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
