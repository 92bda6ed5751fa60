package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a visitor who has not signed in gets from the running server over plain HTTP, redirects not followed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class AnonymousVisitorOverHttpTest {
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * A poster's address with a mistyped or stale fair id is answered with the page, not sent to the organisers'
     * sign-in (what the page then shows: PublicRegistrationViewTest, PublicRegistrationBrowserTest).
     */
    @ParameterizedTest(name = "GET /register/{0}")
    @ValueSource(strings = {"abc", "987654321", "99999999999999999999", "-1", "12abc"})
    void anAddressOfNoFairIsNotSentToSignIn(String fairId) throws Exception {
        HttpResponse<String> page = get("/register/" + fairId);

        assertThat(page.statusCode()).as("status (Location: %s)", page.headers().firstValue("Location")
                .orElse("none")).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
