package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.core.limits.Limit;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Guessing is slowed down over real HTTP on 127.0.0.1: passwords per account and address, pairing codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AbuseLimitsTest {
    private static final String ADDRESS = "127.0.0.1";
    @LocalServerPort
    int port;
    @Autowired
    FairService fairs;
    @Autowired
    KioskService kiosks;
    @Autowired
    AccountService accounts;
    @Autowired
    AttemptLimiter limiter;

    final HttpClient http = HttpClient.newHttpClient();
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String organiser = "limits-org-" + suffix;
    FairInfo fair;
    KioskInfo kiosk;
    String pairingCode;

    @BeforeEach
    void organiserAndKiosk() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            accounts.createOrganiser(new NewAccount(organiser, "组织者", "organiser-password-1"));
            fair = fairs.createFair(new NewFair(null, "限流测试 " + suffix, "人力资源市场", LocalDate.of(2026, 6, 30),
                    LocalTime.of(9, 0), LocalTime.of(12, 0)));
            kiosk = kiosks.create(new NewKiosk(fair.id(), "签到机-" + suffix, "东门", PrintMode.NONE, null,
                    "LABEL_62X100"));
            pairingCode = kiosks.newPairingCode(kiosk.id()).code();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void forgiveThisAddress() {
        for (Limit limit : List.of(Limit.SIGN_IN_PER_ADDRESS, Limit.PAIRING_PER_ADDRESS)) {
            limiter.forgive(limit, ADDRESS);
        }
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightOneAndTheLogNamesNoOne(CapturedOutput log)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(figures(organiser, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        assertThat(figures(organiser, "organiser-password-1").statusCode()).as("paused").isEqualTo(401);
        assertThat(log.getOut()).contains("Limit SIGN_IN_PER_ACCOUNT reached for").doesNotContain(organiser);

        limiter.forgive(Limit.SIGN_IN_PER_ACCOUNT, organiser);
        assertThat(figures(organiser, "organiser-password-1").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysPausedRatherThanWrongPassword() throws Exception {
        HttpResponse<String> wrong = signIn(organiser, "wrong");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));

        fillUp(Limit.SIGN_IN_PER_ADDRESS);
        HttpResponse<String> paused = signIn(organiser, "organiser-password-1");

        assertThat(paused.statusCode()).isEqualTo(302);
        assertThat(paused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?paused"));
    }

    @Test
    void tooManyWrongPairingCodesPauseEvenARightOneWhichStaysUnused() throws Exception {
        assertThat(pair("00000000").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/kiosk?pairing=failed"));

        fillUp(Limit.PAIRING_PER_ADDRESS);
        HttpResponse<String> paused = pair(pairingCode);

        assertThat(paused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/kiosk?pairing=paused"));
        assertThat(paused.headers().firstValue("Set-Cookie")).isEmpty();

        limiter.forgive(Limit.PAIRING_PER_ADDRESS, ADDRESS);
        assertThat(pair(pairingCode).headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith(KioskDeviceFilter.COOKIE + "="));
    }

    /** This test profile allows thousands per address; count attempts until the limit is reached. */
    private void fillUp(Limit limit) {
        while (limiter.allows(limit, ADDRESS)) {
            limiter.count(limit, ADDRESS);
        }
    }

    private HttpResponse<String> figures(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/v1/fairs/" + fair.id() + "/figures"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return postForm("/login", "username=" + encode(user) + "&password=" + encode(password));
    }

    private HttpResponse<String> pair(String code) throws Exception {
        return postForm("/kiosk/pair", "code=" + encode(code));
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
