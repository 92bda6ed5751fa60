package app.fairpass.core.seeker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person attending fairs: only what registration, the badge and the figures need. */
@Entity
class JobSeeker {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Education education;
    private String badgeLine;
    private boolean showBadgeLine;
    private boolean shareWithEmployers;
    @Enumerated(EnumType.STRING)
    private Channel registeredVia;
    private Instant createdAt;
    private Instant purgedAt;
    @ElementCollection
    @CollectionTable(name = "job_seeker_key_group", joinColumns = @JoinColumn(name = "job_seeker_id"))
    @Column(name = "key_group_code")
    private Set<String> keyGroups = new HashSet<>();

    protected JobSeeker() {
    }

    JobSeeker(String phone, Channel registeredVia, Instant createdAt) {
        this.phone = phone;
        this.registeredVia = registeredVia;
        this.createdAt = createdAt;
    }

    /** The latest registration's answers replace the earlier ones. */
    void update(SeekerRegistration form) {
        name = form.name();
        education = form.education();
        badgeLine = form.badgeLine();
        showBadgeLine = form.showLineOnBadge();
        shareWithEmployers = form.shareWithEmployers();
        keyGroups.clear();
        keyGroups.addAll(form.keyGroups());
    }

    Long getId() {
        return id;
    }

    boolean isPurged() {
        return purgedAt != null;
    }

    Set<String> keyGroups() {
        return Set.copyOf(keyGroups);
    }

    SeekerCard toCard() {
        return new SeekerCard(id, name, showBadgeLine ? badgeLine : null, education, shareWithEmployers,
                Set.copyOf(keyGroups));
    }
}
