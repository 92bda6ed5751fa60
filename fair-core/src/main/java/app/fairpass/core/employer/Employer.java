package app.fairpass.core.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class Employer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String creditCode;
    private String industry;
    private Instant createdAt;

    protected Employer() {
    }

    Employer(String name, String creditCode, String industry, Instant createdAt) {
        this.name = name;
        this.creditCode = creditCode;
        this.industry = industry;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }
}
