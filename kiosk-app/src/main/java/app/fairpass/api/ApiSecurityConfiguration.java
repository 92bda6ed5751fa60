package app.fairpass.api;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.Roles;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.security.PasswordSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The device API under {@code /api/}: stateless, no cookies, no CSRF (nothing a browser sends by itself). A kiosk
 * or hardware scanner authenticates with its device token ({@code Authorization: Bearer …}, the one pairing
 * gave); booth devices and other systems with an account ({@code Authorization: Basic …}). Roles are checked by
 * the services, as for every screen.
 */
@Configuration
class ApiSecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);
    /** A booth device that has not scanned for this long pays for bcrypt again at its next scan; one in use never. */
    private static final Duration PASSWORD_REMEMBERED_FOR = Duration.ofMinutes(10);
    private static final int PASSWORDS_REMEMBERED = 10_000;

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, KioskService kiosks, AccountService accounts,
            PasswordEncoder passwords, AttemptLimiter limiter, Clock clock) throws Exception {
        PasswordSignIn signIn = new PasswordSignIn(accounts, new RecentlyVerifiedPasswords(passwords, clock,
                PASSWORD_REMEMBERED_FOR, PASSWORDS_REMEMBERED), limiter);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .authenticationManager(new ProviderManager(signIn))
                .addFilterBefore(new DeviceTokenFilter(kiosks), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()))
                .build();
    }

    /** 401 with no body; the refusal is logged with the path, never with the credential that was sent. */
    private static AuthenticationEntryPoint unauthorized() {
        HttpStatusEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return (request, response, refused) -> {
            log.info("API request without valid credentials: {} {}", request.getMethod(), request.getRequestURI());
            status.commence(request, response, refused);
        };
    }

    /** {@code Authorization: Bearer <device token>} → the paired kiosk, or nothing (then 401). */
    static final class DeviceTokenFilter extends OncePerRequestFilter {
        private final KioskService kiosks;

        DeviceTokenFilter(KioskService kiosks) {
            this.kiosks = kiosks;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                Optional<KioskPrincipal> kiosk = kiosks.authenticate(header.substring(7).strip());
                kiosk.ifPresent(device -> SecurityContextHolder.getContext().setAuthentication(
                        new PreAuthenticatedAuthenticationToken(device, null,
                                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK)))));
            }
            chain.doFilter(request, response);
        }
    }
}
