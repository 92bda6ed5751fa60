package app.fairpass.security;

import app.fairpass.core.kiosk.KioskService;
import app.fairpass.security.ui.SignInView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for organisers and employers' booth staff by password, and for kiosks by their device cookie. Which view
 * a role may open is declared on the view ({@code @RolesAllowed}, {@code @AnonymousAllowed}); which service method
 * it may call, on the service.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** Where Vaadin serves a download handler's file: /VAADIN/dynamic/resource/{ui}/{id}/{file name}. */
    static final String BADGE_DOWNLOAD = "/VAADIN/dynamic/resource/*/*/badge.pdf";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KioskService kiosks) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/js/**", "/cert").permitAll()
                .requestMatchers(KioskPairingController.PATH).permitAll());
        // Pairing needs the one-time code, which a forged cross-site form cannot know.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(KioskPairingController.PATH));
        http.addFilterBefore(new KioskDeviceFilter(kiosks), AnonymousAuthenticationFilter.class);
        // A kiosk printing in its browser loads the badge PDF into a hidden frame of its own page: that download
        // may be framed by the same origin; every other answer keeps DENY.
        RequestMatcher badge = PathPatternRequestMatcher.withDefaults().matcher(BADGE_DOWNLOAD);
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(badge,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(badge),
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY))));
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(PasswordSignIn.SignInPausedException.class.getName(), "/login?paused"));
        // Set before Vaadin's configurer names the login page, so its default failure URL does not replace ours; the
        // page is named here too, or Spring Security would serve its own generated sign-in page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failures));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class)).build();
    }

    /** URLs the firewall refuses (encoded slashes, "..", NUL): 400 and a log line naming the rule, not the URL. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        RequestRejectedHandler badRequest = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            log.warn("request refused by the firewall: {}", rejected.getMessage());
            badRequest.handle(request, response, rejected);
        };
    }
}
