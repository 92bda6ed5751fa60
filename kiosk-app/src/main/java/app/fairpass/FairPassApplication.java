package app.fairpass;

import app.fairpass.backup.RestoreCommand;
import app.fairpass.demo.FairDayReplay;
import app.fairpass.printing.cli.TestBadgeCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The venue server: organiser console, kiosks, booths and the public registration page in one process. */
@SpringBootApplication
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class FairPassApplication implements AppShellConfigurator {

    /**
     * Starts the server. Three commands run instead of it, without starting it: {@code test-badge …} prints a
     * sample badge for a venue technician checking a printer; {@code restore …} puts a database backup back;
     * {@code replay-fair-day …} plays a whole fair day into a new database and prints its figures and summary.
     */
    public static void main(String[] args) {
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (args.length > 0 && args[0].equals("test-badge")) {
            System.exit(TestBadgeCommand.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(RestoreCommand.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("replay-fair-day")) {
            System.exit(FairDayReplay.run(rest, System.out));
        }
        SpringApplication.run(FairPassApplication.class, args);
    }

    /** Our stylesheet is a plain static file: Vaadin here runs without a frontend build (see STACK.md). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/fairpass.css");
        settings.addLink("stylesheet", "styles/kiosk.css");
        // FairPass's own icon; browsers that ask for /favicon.ico by themselves get the same picture there.
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
