package app.fairpass.durability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.fairpass.KaribuTest;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.kiosk.KioskFixture;
import app.fairpass.kiosk.ui.KioskView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database folder runs out of space in the middle of a fair: a scan is answered with a clear "not saved", no
 * half of it is kept, and scanning works again as soon as there is space.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DiskFullTest extends KaribuTest {
    @LocalServerPort
    int port;
    @Autowired
    KioskFixture fixture;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void databaseOnAFillableDisk(DynamicPropertyRegistry properties) throws Exception {
        FilePath.register(new FullDisk());
        Path folder = Files.createDirectories(Path.of("target", "disk-full", String.valueOf(System.nanoTime())));
        properties.add("spring.datasource.url", () -> "jdbc:h2:fulldisk:" + folder.toAbsolutePath().resolve("fairpass")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    }

    @AfterEach
    void spaceAgain() {
        FullDisk.free();
    }

    @Test
    void aScanOnAFullDiskIsRefusedCleanlyKeepsNothingAndWorksOnceThereIsSpace(CapturedOutput output)
            throws Exception {
        FairInfo fair = fixture.fair("磁盘已满演练", FairStatus.OPEN);
        String token = fixture.pairedKiosk(fair.id(), PrintMode.NONE, null).deviceToken();
        PassRef pass = fixture.register(fair.id(), "马骏", fixture.newPhone());

        FullDisk.fill();
        HttpResponse<String> refused = checkIn(token, pass, "full-1");
        FullDisk.free();

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("\"error\":\"storage unavailable\"", "nothing was saved");
        assertThat(rows("SELECT COUNT(*) FROM check_in WHERE pass_id = ?", pass)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM scan_log WHERE pass_id = ?", pass)).isZero();
        assertLoggedInOneLine(output, "API request not saved: the database is unavailable");

        HttpResponse<String> afterwards = checkIn(token, pass, "space-again");
        assertThat(afterwards.statusCode()).isEqualTo(200);
        assertThat(afterwards.body()).contains("\"outcome\":\"CHECKED_IN\"");
        assertThat(rows("SELECT COUNT(*) FROM check_in WHERE pass_id = ?", pass)).isEqualTo(1);
    }

    @Test
    void theKioskSaysNothingWasSavedAndTheNextScanWorks(CapturedOutput output) {
        FairInfo fair = fixture.fair("磁盘已满演练", FairStatus.OPEN);
        PairedKiosk kiosk = fixture.pairedKiosk(fair.id(), PrintMode.NONE, null);
        PassRef pass = fixture.register(fair.id(), "马骏", fixture.newPhone());
        signIn(KioskFixture.kioskAuthentication(kiosk.kiosk()), "KIOSK");
        UI.getCurrent().navigate(KioskView.class);

        FullDisk.fill();
        Throwable failure = catchThrowable(() -> KioskFixture.scanAtKiosk(pass.code().text()));
        FullDisk.free();
        // Karibu hands a listener's exception to the test; the real server hands it to the session's error handler.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        assertThat(_get(Notification.class).getElement().getProperty("text"))
                .startsWith("没有保存：服务器的数据存储暂时不可用（例如磁盘已满）");
        assertThat(rows("SELECT COUNT(*) FROM check_in WHERE pass_id = ?", pass)).isZero();
        assertLoggedInOneLine(output, "not saved: the database is unavailable");

        KioskFixture.scanAtKiosk(pass.code().text());
        assertThat(_get(H1.class, spec -> spec.withText("马骏，欢迎您！"))).isNotNull();
        assertThat(rows("SELECT COUNT(*) FROM check_in WHERE pass_id = ?", pass)).isEqualTo(1);
    }

    /** What happened, said once; a full disk is expected and handled, so no stack trace of the database. */
    private static void assertLoggedInOneLine(CapturedOutput output, String message) {
        assertThat(output.getAll()).contains(message + " (IOException: No space left on device)")
                .doesNotContain("\tat org.h2.");
    }

    private long rows(String sql, PassRef pass) {
        return jdbc.sql(sql).param(pass.passId()).query(Long.class).single();
    }

    private HttpResponse<String> checkIn(String token, PassRef pass, String nonce) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/check-ins"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + pass.code().text() + "\",\"nonce\":\""
                        + nonce + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
