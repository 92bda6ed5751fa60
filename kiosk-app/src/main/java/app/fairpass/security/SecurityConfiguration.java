package app.fairpass.security;

import app.fairpass.core.kiosk.KioskService;
import app.fairpass.security.ui.SignInView;
import java.util.Map;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Sign-in for organisers and employers' booth staff by password, and for kiosks by their device cookie. Which view
 * a role may open is declared on the view ({@code @RolesAllowed}, {@code @AnonymousAllowed}); which service method
 * it may call, on the service.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KioskService kiosks) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/js/**", "/cert").permitAll()
                .requestMatchers(KioskPairingController.PATH).permitAll());
        // Pairing needs the one-time code, which a forged cross-site form cannot know.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(KioskPairingController.PATH));
        http.addFilterBefore(new KioskDeviceFilter(kiosks), AnonymousAuthenticationFilter.class);
        // Set before Vaadin's configurer names the login page, so its default failure URL does not replace it.
        http.formLogin(form -> form.failureHandler(new ExceptionMappingAuthenticationFailureHandler() {
            {
                setDefaultFailureUrl("/login?error");
                setExceptionMappings(Map.of(PasswordSignIn.SignInPausedException.class.getName(), "/login?paused"));
            }
        }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class)).build();
    }
}
