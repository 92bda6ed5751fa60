package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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

/** Sign-ins over real HTTP are audited with the account that signed in, or tried to; never with a password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class SignInAuditTest {
    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final String organiser = "audit-org-" + UUID.randomUUID().toString().substring(0, 8);
    long organiserId;

    @BeforeEach
    void anOrganiser() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            organiserId = accounts.createOrganiser(new NewAccount(organiser, "审计组织者", "organiser-password-1"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aSignInIsByTheAccountThatSignedIn() throws Exception {
        assertThat(signIn(organiser, "organiser-password-1").headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");

        assertThat(entries("user:" + organiserId)).containsExactly("SIGN_IN by " + organiser);
    }

    @Test
    void aWrongPasswordIsByTheAccountTriedAndAnUnknownNameIsNotKept() throws Exception {
        String typedIntoTheWrongField = "my-secret-" + UUID.randomUUID();
        signIn(organiser, "wrong-password");
        signIn(typedIntoTheWrongField, "whatever");

        assertThat(entries("user:" + organiserId)).containsExactly("SIGN_IN_FAILED by " + organiser);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor LIKE ? OR target LIKE ? OR detail LIKE ?")
                .params("%my-secret%", "%my-secret%", "%my-secret%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'SIGN_IN_FAILED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("?");
    }

    private List<String> entries(String target) {
        return jdbc.sql("SELECT action, actor FROM audit_log WHERE target = ? ORDER BY id").param(target)
                .query((rs, row) -> rs.getString("action") + " by " + rs.getString("actor")).list().stream()
                .filter(entry -> entry.startsWith("SIGN_IN")).toList();
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
