package app.fairpass.security;

import app.fairpass.core.account.Roles;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a paired kiosk's device cookie into an authenticated {@link KioskPrincipal} with role KIOSK, kept in the
 * HTTP session so Vaadin's push connection sees it too. Checked again on every HTTP request, so a revoked or
 * replaced device is shut out at its next page load. A person signed in with a password wins over the cookie.
 */
class KioskDeviceFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(KioskDeviceFilter.class);
    static final String COOKIE = "FAIRPASS_KIOSK";
    /** Browsers cap cookie lifetimes at 400 days; a kiosk re-pairs after a season at the latest. */
    private static final Duration LIFETIME = Duration.ofDays(400);

    private final KioskService kiosks;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    KioskDeviceFilter(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = deviceToken(request);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean person = current != null && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken)
                && !(current.getPrincipal() instanceof KioskPrincipal);
        if (token.isPresent() && !person) {
            Optional<KioskPrincipal> kiosk = kiosks.authenticate(token.get());
            if (kiosk.isPresent()) {
                if (current == null || !kiosk.get().equals(current.getPrincipal())) {
                    remember(new PreAuthenticatedAuthenticationToken(kiosk.get(), null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK))), request, response);
                }
            } else {
                log.warn("unknown or revoked kiosk credential refused: {} {}", request.getMethod(),
                        request.getRequestURI());
                forget(request, response);
            }
        } else if (token.isEmpty() && current != null && current.getPrincipal() instanceof KioskPrincipal) {
            forget(request, response);
        }
        chain.doFilter(request, response);
    }

    private void remember(Authentication kiosk, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(kiosk);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private void forget(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        response.addHeader("Set-Cookie", cookie("", Duration.ZERO, request.isSecure()).toString());
    }

    /** HttpOnly: no script on the page can read the credential; Secure whenever the kiosk came over HTTPS. */
    static ResponseCookie cookie(String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(secure).sameSite("Lax").path("/")
                .maxAge(maxAge).build();
    }

    static ResponseCookie deviceCookie(String token, boolean secure) {
        return cookie(token, LIFETIME, secure);
    }

    private static Optional<String> deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }
}
