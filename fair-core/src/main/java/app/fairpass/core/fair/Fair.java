package app.fairpass.core.fair;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

@Entity
class Fair {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long seriesId;
    private String name;
    private String venue;
    private LocalDate fairDate;
    private LocalTime opensAt;
    private LocalTime closesAt;
    @Enumerated(EnumType.STRING)
    private FairStatus status;
    private Instant createdAt;
    private Instant closedAt;

    protected Fair() {
    }

    Fair(Long seriesId, String name, String venue, LocalDate fairDate, LocalTime opensAt, LocalTime closesAt,
            Instant createdAt) {
        this.seriesId = seriesId;
        this.name = name;
        this.venue = venue;
        this.fairDate = fairDate;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.status = FairStatus.PLANNED;
        this.createdAt = createdAt;
    }

    FairInfo toInfo() {
        return new FairInfo(id, seriesId, name, venue, fairDate, opensAt, closesAt, status);
    }

    void update(NewFair fair) {
        this.seriesId = fair.seriesId();
        this.name = fair.name().strip();
        this.venue = fair.venue().strip();
        this.fairDate = fair.date();
        this.opensAt = fair.opensAt();
        this.closesAt = fair.closesAt();
    }

    void setStatus(FairStatus status, Instant at) {
        this.status = status;
        this.closedAt = status == FairStatus.CLOSED ? at : null;
    }

    FairStatus getStatus() {
        return status;
    }
}
