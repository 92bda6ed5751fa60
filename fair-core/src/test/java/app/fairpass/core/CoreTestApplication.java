package app.fairpass.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core on its own, for its tests and for the crash-safety child process. */
@SpringBootApplication
public class CoreTestApplication {
}
