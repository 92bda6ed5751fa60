package app.fairpass.core.pass;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "pass_key")
class PassKey {
    @Id
    private String keyId;
    private String secret;
    private Instant createdAt;
    private Instant retiredAt;

    protected PassKey() {
    }

    PassKey(char keyId, String secret, Instant createdAt) {
        this.keyId = String.valueOf(keyId);
        this.secret = secret;
        this.createdAt = createdAt;
    }

    char keyId() {
        return keyId.charAt(0);
    }

    String secret() {
        return secret;
    }

    boolean isRetired() {
        return retiredAt != null;
    }

    void retire(Instant at) {
        retiredAt = at;
    }
}
