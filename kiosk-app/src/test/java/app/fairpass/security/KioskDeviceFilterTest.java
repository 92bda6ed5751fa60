package app.fairpass.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.kiosk.KioskFixture;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The device cookie signs a kiosk in; a revoked one signs it out and is deleted; a person's sign-in wins. */
@SpringBootTest
@ActiveProfiles("test")
class KioskDeviceFilterTest {
    @Autowired
    KioskFixture fixture;
    @Autowired
    KioskService kiosks;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aValidCookieSignsTheKioskInWithRoleKiosk() throws Exception {
        PairedKiosk paired = pairedKiosk();

        Authentication seen = filter(paired.deviceToken(), new MockHttpServletResponse());

        assertThat(seen.getPrincipal()).isEqualTo(paired.kiosk());
        assertThat(seen.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_KIOSK");
    }

    @Test
    void aRevokedDeviceIsSignedOutAndItsCookieDeleted() throws Exception {
        PairedKiosk paired = pairedKiosk();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("o", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        kiosks.revoke(paired.kiosk().kioskId());
        SecurityContextHolder.getContext().setAuthentication(
                KioskFixture.kioskAuthentication(paired.kiosk()));
        MockHttpServletResponse response = new MockHttpServletResponse();

        Authentication seen = filter(paired.deviceToken(), response);

        assertThat(seen).isNull();
        assertThat(response.getHeader("Set-Cookie")).startsWith("FAIRPASS_KIOSK=;").contains("Max-Age=0", "HttpOnly");
    }

    @Test
    void aSignedInPersonIsNotTurnedIntoAKiosk() throws Exception {
        PairedKiosk paired = pairedKiosk();
        var organiser = new UsernamePasswordAuthenticationToken("o", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER")));
        SecurityContextHolder.getContext().setAuthentication(organiser);

        assertThat(filter(paired.deviceToken(), new MockHttpServletResponse())).isSameAs(organiser);
        assertThat(KioskPrincipal.current()).isEmpty();
    }

    private PairedKiosk pairedKiosk() {
        return fixture.pairedKiosk(fixture.fair("过滤器测试", FairStatus.OPEN).id(), PrintMode.NONE, null);
    }

    private Authentication filter(String token, MockHttpServletResponse response) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kiosk");
        request.setCookies(new Cookie(KioskDeviceFilter.COOKIE, token));
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new KioskDeviceFilter(kiosks).doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(SecurityContextHolder.getContext().getAuthentication());
            }
        });
        return seen.get();
    }
}
