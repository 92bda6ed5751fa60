package app.fairpass.kiosk;

import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The browser tests' server: the application over HTTPS with its self-signed certificate, on 127.0.0.1, with
 * server-side badge jobs recorded. One class declares it so that every browser test shares the one server;
 * each test class starts its own browser once ({@code PER_CLASS} lets {@code @BeforeAll} use the fixture).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fairpass.https.enabled=true", "fairpass.https.port=0",
                "fairpass.data-dir=target/browser-test-data"})
@ActiveProfiles("test")
@Import(BrowserTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpsBrowserTest {
    @LocalServerPort
    protected int port;
    @Autowired
    protected KioskFixture fixture;
    @Autowired
    protected JdbcClient jdbc;

    protected String url(String path) {
        return "https://127.0.0.1:" + port + path;
    }
}
