package app.fairpass.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.HostileInput;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.kiosk.KioskFixture;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile requests against the running server on 127.0.0.1: traversal in URLs, oversized headers and bodies,
 * hostile JSON, forged or misused credentials, one employer reaching for another's ids. Each is answered with a
 * 4xx, a redirect or a plain page, never a 500 or a stack trace; each refusal leaves a log line, and no log line
 * carries the person's name or phone number that the requests contained.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsOverHttpTest {
    private static final String NAME = "张燕";

    @LocalServerPort
    int port;
    @Autowired
    KioskFixture fixture;
    @Autowired
    EmployerService employers;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    FairInfo fair;
    FairInfo otherFair;
    PairedKiosk kiosk;
    PassRef pass;
    String phone;
    String staffA;
    long positionOfB;

    @BeforeEach
    void fairWithTwoEmployersAndAKiosk() {
        fair = fixture.fair("接口坏输入", FairStatus.OPEN);
        otherFair = fixture.fair("另一场", FairStatus.OPEN);
        kiosk = fixture.pairedKiosk(fair.id(), PrintMode.NONE, null);
        phone = fixture.newPhone();
        pass = fixture.register(fair.id(), NAME, phone);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        staffA = "http-a-" + suffix;
        asOrganiser(() -> {
            long a = employers.employer("甲单位 " + suffix, null, null);
            long b = employers.employer("乙单位 " + suffix, null, null);
            employers.addBooth(fair.id(), a, "A01");
            employers.addBooth(fair.id(), b, "B01");
            positionOfB = employers.addPosition(new NewPosition(fair.id(), b, "面点师", 2, null, null, null, null))
                    .id();
            return accounts.createEmployerAccount(a, new NewAccount(staffA, "甲招聘专员", "booth-password-a"));
        });
    }

    static Stream<String> traversals() {
        return Stream.of("/register/..%2f..%2fetc%2fpasswd", "/register/%2e%2e/%2e%2e/etc/passwd",
                "/VAADIN/../application.properties", "/VAADIN/..%2fapplication.properties", "/cert/../",
                "/cert/..%2f..%2f", "/kiosk/pair/../../etc/passwd", "/register/%00", "/register/1%00",
                "/%2e%2e/%2e%2e/etc/passwd", "/register/-1", "/register/99999999999999999999",
                "/register/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/api/v1/fairs/..%2f..%2f/figures",
                "/api/v1/fairs/%00/figures");
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("traversals")
    void traversalInAUrlReachesNoFileAndNoError(String path) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url(path)).GET());

        assertClean(answer);
        assertThat(answer.body()).doesNotContain("root:x:0:0", "spring.datasource", "fairpass.data-dir");
    }

    @Test
    void refusedUrlsAreLoggedByTheRuleTheyBroke(CapturedOutput output) throws Exception {
        assertClean(send(HttpRequest.newBuilder(url("/register/..%2f" + phone)).GET()));
        assertClean(send(HttpRequest.newBuilder(url("/register/%2e%2e/" + phone)).GET()));

        assertThat(output.getAll()).contains("request refused by the firewall").doesNotContain(phone);
    }

    @Test
    void oversizedHeadersAndBodiesAreRefusedWithoutAnError(CapturedOutput output) throws Exception {
        assertClean(send(HttpRequest.newBuilder(url("/kiosk")).header("X-Filler", HostileInput.ONE_MEGABYTE).GET()));
        assertThat(output.getAll()).as("one line, no stack trace")
                .contains("request refused by the server: Request header is too large").doesNotContain("\tat ");
        assertClean(send(HttpRequest.newBuilder(url("/kiosk")).header("Cookie",
                "FAIRPASS_KIOSK=" + HostileInput.ONE_MEGABYTE).GET()));
        assertClean(post("/api/v1/check-ins", "{\"code\":\"" + HostileInput.ONE_MEGABYTE + "\"}",
                "Bearer " + kiosk.deviceToken()));
        assertClean(post("/api/v1/check-ins", "[".repeat(100_000), "Bearer " + kiosk.deviceToken()));
        HttpResponse<String> pairing = send(HttpRequest.newBuilder(url("/kiosk/pair"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + HostileInput.ONE_MEGABYTE)));
        assertThat(pairing.statusCode()).isEqualTo(302);
        assertThat(pairing.headers().firstValue("Location").orElseThrow()).endsWith("/kiosk?pairing=failed");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + staffA + "&password="
                        + HostileInput.ONE_MEGABYTE.substring(0, 100_000))));
        assertClean(signIn);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE fair_id = ?").param(fair.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aMalformedRequestLineIsRefusedAndLoggedWithoutItsText(CapturedOutput output) throws Exception {
        // No HTTP client sends this: Tomcat refuses it before any application code runs.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /register/{" + phone + "} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Exception", "\tat ");
        }
        assertThat(output.getAll()).as("one line naming what was wrong, not the request's text")
                .contains("request refused by the server: Invalid character found in the request target")
                .doesNotContain(phone, "\tat ");
    }

    @ParameterizedTest(name = "pairing code ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void thePairingFormTakesAnyCodeAndPairsNothing(HostileInput input) throws Exception {
        long pairedBefore = pairedKiosks();

        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/kiosk/pair"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + java.net.URLEncoder.encode(input.text(),
                        StandardCharsets.UTF_8))));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/kiosk?pairing=failed");
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("FAIRPASS_KIOSK=")
                && !c.startsWith("FAIRPASS_KIOSK=;"));
        assertThat(pairedKiosks()).isEqualTo(pairedBefore);
    }

    @ParameterizedTest(name = "sign-in ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void theSignInTakesAnyUsernameAndPasswordAndSignsNobodyIn(HostileInput input) throws Exception {
        String value = java.net.URLEncoder.encode(input.text(), StandardCharsets.UTF_8);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + value + "&password=" + value)));

        assertClean(answer);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith("/fairs");
    }

    @ParameterizedTest(name = "check-in code ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void hostileCodesAndNoncesAreOutcomesOrA400(HostileInput input) throws Exception {
        String json = "{\"code\":" + json(input.text()) + ",\"nonce\":" + json(input.text()) + "}";

        HttpResponse<String> answer = post("/api/v1/check-ins", json, "Bearer " + kiosk.deviceToken());

        assertClean(answer);
        if (answer.statusCode() == 200) {
            assertThat(answer.body()).contains("\"outcome\":\"INVALID_CODE\"");
        } else {
            assertThat(answer.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void forgedCodesAndCodesOfAnotherFairCheckNoOneIn() throws Exception {
        PassRef elsewhere = fixture.register(otherFair.id(), "李雷", fixture.newPhone());
        Map<String, String> expected = Map.of(HostileInput.FORGED_CODE, "INVALID_CODE",
                HostileInput.forge(pass.code().text()), "INVALID_CODE", elsewhere.code().text(), "WRONG_FAIR");

        for (var code : expected.entrySet()) {
            HttpResponse<String> answer = post("/api/v1/check-ins", "{\"code\":\"" + code.getKey() + "\"}",
                    "Bearer " + kiosk.deviceToken());
            assertThat(answer.body()).as(code.getKey()).contains("\"outcome\":\"" + code.getValue() + "\"");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE fair_id IN (?, ?)").params(fair.id(),
                otherFair.id()).query(Long.class).single()).isZero();
    }

    @Test
    void malformedJsonIsA400AndLogged(CapturedOutput output) throws Exception {
        for (String body : List.of("", "null", "{\"code\":[1,2]}", "{\"fairId\":\"1e400\"}",
                "{\"fairId\":99999999999999999999999,\"badge\":\"x\",\"kind\":\"RESUME\"}",
                "{\"fairId\":1,\"badge\":\"x\",\"kind\":\"HIRED\"}", "{\"fairId\":1,\"badge\":\"x\",\"kind\":\"RESUME\","
                        + "\"rating\":99}", "{\"fairId\":1,\"badge\":null,\"kind\":\"RESUME\"}")) {
            HttpResponse<String> answer = post("/api/v1/booth-records", body, basic(staffA, "booth-password-a"));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertClean(answer);
        }
        assertThat(output.getAll()).contains("rejected API request");
    }

    @Test
    void aForgedKioskCookieOpensNothingAndIsForgottenAndLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> kioskPage = send(HttpRequest.newBuilder(url("/kiosk"))
                .header("Cookie", "FAIRPASS_KIOSK=" + UUID.randomUUID()).GET());
        HttpResponse<String> organiserPage = send(HttpRequest.newBuilder(url("/fairs"))
                .header("Cookie", "FAIRPASS_KIOSK=forged").GET());

        assertClean(kioskPage);
        assertThat(kioskPage.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("FAIRPASS_KIOSK=;")
                && c.contains("Max-Age=0"));
        assertThat(organiserPage.statusCode()).isEqualTo(302);
        assertThat(organiserPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(output.getAll()).contains("unknown or revoked kiosk credential refused: GET /kiosk");
    }

    static Stream<String> organiserRoutes() {
        return Stream.of("/fairs", "/series", "/employers", "/seekers", "/dashboard", "/reports", "/import",
                "/accounts", "/audit", "/kiosks", "/booth-sign-ins", "/booth");
    }

    /**
     * Vaadin answers any path with its page shell and starts the UI with the shell's first request back; the view is
     * chosen only when the browser then navigates, which RefusedPagesTest drives. Here: neither request fails or
     * carries the organiser's data.
     */
    @ParameterizedTest(name = "kiosk opens {0}")
    @MethodSource("organiserRoutes")
    void aPairedKioskGetsOnlyThePageShellOfAnOrganiserPage(String route) throws Exception {
        String kioskCookie = "FAIRPASS_KIOSK=" + kiosk.deviceToken();
        HttpResponse<String> shell = send(HttpRequest.newBuilder(url(route)).header("Cookie", kioskCookie).GET());
        String session = shell.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        HttpResponse<String> view = send(HttpRequest.newBuilder(url("/?v-r=init&location=" + route.substring(1)))
                .header("Cookie", kioskCookie + "; " + session).GET());

        assertClean(shell);
        assertClean(view);
        assertThat(shell.body() + view.body()).doesNotContain(fair.name(), NAME, "app.fairpass");
    }

    @Test
    void aKioskOrAnEmployerCallingOrganiserEndpointsIsRefusedAndLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> asKiosk = get("/api/v1/fairs/" + fair.id() + "/figures", "Bearer " + kiosk.deviceToken());
        HttpResponse<String> asEmployer = get("/api/v1/fairs/" + fair.id() + "/figures",
                basic(staffA, "booth-password-a"));
        HttpResponse<String> forgedToken = get("/api/v1/fairs/" + fair.id() + "/figures", "Bearer forged");

        assertThat(asKiosk.statusCode()).isEqualTo(403);
        assertThat(asEmployer.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(401);
        assertThat(output.getAll()).contains("forbidden API request: GET /api/v1/fairs/" + fair.id() + "/figures",
                "API request without valid credentials: GET /api/v1/fairs/" + fair.id() + "/figures")
                .doesNotContain("booth-password-a", "forged");
    }

    @Test
    void anEmployerUsingAnotherEmployersIdsGetsATypedRefusalLoggedWithoutPersonalData(CapturedOutput output)
            throws Exception {
        String note = json(NAME + " " + phone);
        HttpResponse<String> othersPosition = post("/api/v1/booth-records", "{\"fairId\":" + fair.id()
                + ",\"badge\":\"" + pass.shortId() + "\",\"kind\":\"INTENTION\",\"positionId\":" + positionOfB
                + ",\"note\":" + note + "}", basic(staffA, "booth-password-a"));
        HttpResponse<String> othersFair = post("/api/v1/booth-records", "{\"fairId\":" + otherFair.id()
                + ",\"badge\":\"" + pass.code().text() + "\",\"kind\":\"RESUME\",\"note\":" + note + "}",
                basic(staffA, "booth-password-a"));

        assertThat(othersPosition.statusCode()).isEqualTo(200);
        assertThat(othersPosition.body()).contains("\"outcome\":\"INVALID_POSITION\"").doesNotContain(NAME);
        assertThat(othersFair.body()).contains("\"outcome\":\"NOT_AT_THIS_FAIR\"").doesNotContain(NAME);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE job_seeker_id = ?").param(pass.jobSeekerId())
                .query(Long.class).single()).isZero();
        assertThat(output.getAll()).contains("booth record refused: INVALID_POSITION",
                "booth record refused: NOT_AT_THIS_FAIR").doesNotContain(phone, NAME, pass.shortId());
    }

    private static void assertClean(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("status of " + answer.uri()).isLessThan(500);
        assertThat(answer.body()).as("body of " + answer.uri()).doesNotContain("Exception", "at app.fairpass",
                "at org.springframework", "Whitelabel");
    }

    private long pairedKiosks() {
        return jdbc.sql("SELECT COUNT(*) FROM kiosk_device WHERE paired_at IS NOT NULL").query(Long.class).single();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", authorization).GET());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static <T> T asOrganiser(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
