package app.fairpass.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The core on its own, for its tests and for the crash-safety child process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoreTestApplication {
}
