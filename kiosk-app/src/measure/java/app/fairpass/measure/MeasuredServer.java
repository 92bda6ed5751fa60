package app.fairpass.measure;

import app.fairpass.FairPassApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The venue server started in this JVM on a new database, on a free loopback port, plain HTTP. */
final class MeasuredServer {

    private MeasuredServer() {
    }

    static ConfigurableApplicationContext start(Path folder, String... settings) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path data = Files.createDirectories(folder).toAbsolutePath();
        String[] server = {
            "--server.address=127.0.0.1",
            "--server.port=0",
            "--fairpass.https.enabled=false",
            "--fairpass.data-dir=" + data,
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("fairpass") + ";${fairpass.h2.settings}",
            "--spring.main.banner-mode=off",
            "--logging.level.root=warn",
            "--vaadin.devmode.devTools.enabled=false"};
        return new SpringApplicationBuilder(FairPassApplication.class)
                .run(Stream.concat(Stream.of(server), Stream.of(settings)).toArray(String[]::new));
    }
}
