package app.fairpass;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The venue server: organiser console, kiosks, booths and the public registration page in one process. */
@SpringBootApplication
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class FairPassApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FairPassApplication.class, args);
    }

    /** Our stylesheet is a plain static file: Vaadin here runs without a frontend build (see STACK.md). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/fairpass.css");
    }
}
