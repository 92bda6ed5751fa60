package app.fairpass.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The device API over real HTTP on 127.0.0.1: device tokens, accounts, outcomes, and clean refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class DeviceApiTest {
    @LocalServerPort
    int port;
    @Autowired
    FairService fairs;
    @Autowired
    KioskService kiosks;
    @Autowired
    EmployerService employers;
    @Autowired
    AccountService accounts;
    @Autowired
    RegistrationService registrations;
    @Autowired
    BoothSignInService boothSignIns;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    FairInfo fair;
    String deviceToken;
    PassRef pass;
    long boothId;
    long boothAccountId;
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void fairWithAPairedKiosk() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            fair = fairs.createFair(new NewFair(null, "接口测试 " + suffix, "人力资源市场", LocalDate.of(2026, 6, 30),
                    LocalTime.of(9, 0), LocalTime.of(12, 0)));
            fairs.changeStatus(fair.id(), FairStatus.OPEN);
            KioskInfo kiosk = kiosks.create(new NewKiosk(fair.id(), "扫码枪-" + suffix, "东门", PrintMode.NONE, null,
                    "LABEL_62X100"));
            deviceToken = kiosks.pair(kiosks.newPairingCode(kiosk.id()).code()).orElseThrow().deviceToken();
            long employer = employers.employer("接口单位 " + suffix, null, null);
            boothId = employers.addBooth(fair.id(), employer, "A01");
            boothAccountId = accounts.createEmployerAccount(employer, new NewAccount("api-booth-" + suffix, "展位",
                    "booth-password-1"));
            accounts.createOrganiser(new NewAccount("api-org-" + suffix, "组织者", "organiser-password-1"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        pass = registrations.register(fair.id(), new SeekerRegistration("张燕", "1860000" + (int) (1000 + Math.random() * 8999),
                Education.BACHELOR, Set.of("COLLEGE_GRADUATE"), null, true, true, false), Channel.ONLINE).pass();
    }

    @Test
    void aPairedDeviceChecksInAndARetryGetsTheSameAnswer() throws Exception {
        String body = "{\"code\":\"" + pass.code().text() + "\",\"nonce\":\"scan-1\",\"deviceTime\":\"2026-06-30T01:05:00Z\"}";

        HttpResponse<String> first = post("/api/v1/check-ins", body, "Bearer " + deviceToken);
        HttpResponse<String> retry = post("/api/v1/check-ins", body, "Bearer " + deviceToken);
        HttpResponse<String> later = post("/api/v1/check-ins", body.replace("scan-1", "scan-2"), "Bearer " + deviceToken);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"outcome\":\"CHECKED_IN\"", "\"name\":\"张燕\"", pass.shortId());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(later.body()).contains("\"outcome\":\"ALREADY_CHECKED_IN\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aForgedCodeIsAnOutcomeNotAnError() throws Exception {
        HttpResponse<String> forged = post("/api/v1/check-ins", "{\"code\":\"FP1A0000AAAAAAAAAAAAAAAAAAAAAAA\"}",
                "Bearer " + deviceToken);

        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("\"outcome\":\"INVALID_CODE\"");
    }

    /** A scanner at a busy entrance reads payment codes and damaged passes; a real pass still gets in. */
    @Test
    void fiftyUnreadableOrForgedCodesInAMinuteNeverKeepAValidPassOut() throws Exception {
        String code = pass.code().text();
        List<String> notPasses = List.of("https://qr.alipay.com/fkx11496tlbjgbbvxglxy4a",
                "FP1A0000AAAAAAAAAAAAAAAAAAAAAAA", code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0"),
                "健康码");
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> answer = post("/api/v1/check-ins", "{\"code\":\""
                    + notPasses.get(i % notPasses.size()) + "\",\"nonce\":\"junk-" + i + "\"}", "Bearer " + deviceToken);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as("scan %d", i).contains("\"outcome\":\"INVALID_CODE\"");
        }

        HttpResponse<String> valid = post("/api/v1/check-ins", "{\"code\":\"" + code + "\",\"nonce\":\"valid\"}",
                "Bearer " + deviceToken);

        assertThat(valid.body()).contains("\"outcome\":\"CHECKED_IN\"", "\"name\":\"张燕\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutAValidCredentialNothingHappens() throws Exception {
        String body = "{\"code\":\"" + pass.code().text() + "\"}";

        assertThat(post("/api/v1/check-ins", body, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/check-ins", body, "Bearer not-a-device").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/check-ins", body, basic("api-booth-" + suffix, "wrong")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> boothAsKiosk = post("/api/v1/check-ins", body, basic("api-booth-" + suffix,
                "booth-password-1"));
        assertThat(boothAsKiosk.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aKioskRevokedOnAnotherServerIsRefusedThoughThisOneStillRemembersItsCredential() throws Exception {
        assertThat(post("/api/v1/check-ins", "{\"code\":\"not a pass\"}", "Bearer " + deviceToken).statusCode())
                .as("a first request, so the credential is remembered").isEqualTo(200);
        // Another server on the same PostgreSQL revokes the kiosk: this server's memory is not told.
        jdbc.sql("UPDATE kiosk_device SET token_hash = NULL, revoked_at = CURRENT_TIMESTAMP WHERE name = ?")
                .param("扫码枪-" + suffix).update();

        HttpResponse<String> refused = post("/api/v1/check-ins", "{\"code\":\"" + pass.code().text() + "\"}",
                "Bearer " + deviceToken);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Exception", "revoked");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void malformedRequestsGetA400WithoutDetails() throws Exception {
        for (String body : List.of("{", "[1,2]", "{\"code\": 12, \"deviceTime\": \"yesterday\"}",
                "{\"code\":\"x\",\"nonce\":\"" + "n".repeat(500) + "\"}")) {
            HttpResponse<String> response = post("/api/v1/check-ins", body, "Bearer " + deviceToken);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).contains("bad request").doesNotContain("Exception", "at app.");
        }
    }

    @Test
    void boothDevicesRecordAndOrganisersReadFigures() throws Exception {
        HttpResponse<String> recorded = post("/api/v1/booth-records", "{\"fairId\":" + fair.id() + ",\"badge\":\""
                + pass.shortId() + "\",\"kind\":\"RESUME\",\"rating\":4}", basic("api-booth-" + suffix,
                "booth-password-1"));
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("\"outcome\":\"RECORDED\"");

        HttpResponse<String> figures = get("/api/v1/fairs/" + fair.id() + "/figures",
                basic("api-org-" + suffix, "organiser-password-1"));
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("\"employers\":1", "\"registered\":1", "\"resumes\":1");
        assertThat(get("/api/v1/fairs/" + fair.id() + "/figures", basic("api-booth-" + suffix, "booth-password-1"))
                .statusCode()).isEqualTo(403);
    }

    /** Booth passwords are remembered for a while to spare bcrypt (RecentlyVerifiedPasswords), but not past a change. */
    @Test
    void aReissuedOrDisabledBoothSignInStopsAtOnceThoughItsPasswordWasJustUsed() throws Exception {
        String body = "{\"fairId\":" + fair.id() + ",\"badge\":\"" + pass.shortId() + "\",\"kind\":\"RESUME\"}";
        assertThat(post("/api/v1/booth-records", body, basic("api-booth-" + suffix, "booth-password-1")).statusCode())
                .isEqualTo(200);

        String newPassword = asOrganiser(() -> boothSignIns.issue(boothId).password());
        assertThat(post("/api/v1/booth-records", body, basic("api-booth-" + suffix, "booth-password-1")).statusCode())
                .isEqualTo(401);
        assertThat(post("/api/v1/booth-records", body, basic("api-booth-" + suffix, newPassword)).statusCode())
                .isEqualTo(200);

        asOrganiser(() -> {
            boothSignIns.disable(boothAccountId);
            return null;
        });
        assertThat(post("/api/v1/booth-records", body, basic("api-booth-" + suffix, newPassword)).statusCode())
                .isEqualTo(401);
    }

    private static <T> T asOrganiser(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("organiser",
                null, List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
