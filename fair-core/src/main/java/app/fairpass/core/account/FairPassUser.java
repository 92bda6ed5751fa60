package app.fairpass.core.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person. {@code employerId} is set for EMPLOYER accounts: the booth services take the employer from
 * here, never from a parameter, so one employer cannot ask for another's data.
 */
public record FairPassUser(long id, String username, String displayName, String passwordHash, String role,
        Long employerId, boolean enabled) implements UserDetails {

    /** The user of the current request, if one is signed in. */
    public static Optional<FairPassUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof FairPassUser user ? Optional.of(user) : Optional.empty();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of logs and toString() calls. */
    @Override
    public String toString() {
        return "FairPassUser[" + username + ", " + role + "]";
    }
}
