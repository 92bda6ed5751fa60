package app.fairpass.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The server's load mode writes a file the harness reads, and its device tokens, sign-ins and passes work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "spring.datasource.url=jdbc:h2:mem:load-mode;DB_CLOSE_DELAY=-1",
        "fairpass.load.enabled=true", "fairpass.load.kiosks=2", "fairpass.load.booths=2",
        "fairpass.load.job-seekers=3",
        "fairpass.load.credentials-file=${java.io.tmpdir}/load-mode-test/load-credentials.txt"})
@ActiveProfiles("test")
class LoadModeTest {
    @LocalServerPort
    int port;
    @Value("${fairpass.load.credentials-file}")
    Path file;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCredentialsFileIsPrivateAndEverythingInItWorksOverTheApi() throws Exception {
        LoadCredentials credentials = LoadCredentials.read(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(credentials.kioskTokens()).hasSize(2).doesNotHaveDuplicates();
        assertThat(credentials.booths()).hasSize(2);
        assertThat(credentials.passCodes()).hasSize(3);
        assertThat(Files.readString(file)).doesNotContain("负载测试者");

        String code = credentials.passCodes().get(0);
        HttpResponse<String> checkIn = post("/api/v1/check-ins", "{\"code\":\"" + code + "\"}",
                "Bearer " + credentials.kioskTokens().get(1));
        assertThat(checkIn.body()).contains("\"outcome\":\"CHECKED_IN\"");

        LoadCredentials.BoothSignIn booth = credentials.booths().get(1);
        HttpResponse<String> record = post("/api/v1/booth-records", "{\"fairId\":" + credentials.fairId()
                + ",\"badge\":\"" + code + "\",\"kind\":\"RESUME\"}", "Basic " + Base64.getEncoder().encodeToString(
                        (booth.username() + ":" + booth.password()).getBytes(StandardCharsets.UTF_8)));
        assertThat(record.body()).contains("\"outcome\":\"RECORDED\"");
    }

    private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
