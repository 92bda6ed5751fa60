package app.fairpass.core.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "user_account")
class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private String role;
    private Long employerId;
    private boolean enabled;
    private Instant createdAt;
    private Instant lastSignInAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, String role, Long employerId,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.employerId = employerId;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    FairPassUser toUser() {
        return new FairPassUser(id, username, displayName, passwordHash, role, employerId, enabled);
    }

    AccountInfo toInfo() {
        return new AccountInfo(id, username, displayName, role, enabled, lastSignInAt);
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }


    void signedIn(Instant at) {
        lastSignInAt = at;
    }
}
