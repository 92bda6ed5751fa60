package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    private static final Pattern LINK = Pattern.compile("<link[^>]*>");
    private static final Pattern BASE = Pattern.compile("<base href=\"([^\"]*)\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

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

    /** Every page links the icon; it and the /favicon.ico that browsers ask for by themselves answer anyone. */
    @Test
    void theIconIsLinkedFromEveryPageAndServedWithoutSignIn() throws Exception {
        for (String page : List.of("/login", "/register/abc", "/kiosk")) {
            HttpResponse<String> shell = get(page);
            List<String> icons = LINK.matcher(shell.body()).results().map(MatchResult::group)
                    .filter(link -> link.contains("rel=\"icon\"")).toList();
            assertThat(icons).as("icon links on %s", page).hasSize(1);
            Matcher href = HREF.matcher(icons.get(0));
            assertThat(href.find()).isTrue();

            Matcher base = BASE.matcher(shell.body());
            URI pageUri = shell.uri().resolve(base.find() ? base.group(1) : "");
            HttpResponse<byte[]> linked = getBytes(pageUri.resolve(href.group(1)).getPath());
            assertThat(linked.statusCode()).as("status of the linked icon").isEqualTo(200);
            assertThat(linked.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/svg+xml");
            assertThat(new String(linked.body(), StandardCharsets.UTF_8)).contains("<svg");
        }

        HttpResponse<byte[]> favicon = getBytes("/favicon.ico");
        assertThat(favicon.statusCode()).as("status (Location: %s)", favicon.headers().firstValue("Location")
                .orElse("none")).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(Arrays.copyOf(favicon.body(), 4)).as("an ICO file's header").containsExactly(0, 0, 1, 0);
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
