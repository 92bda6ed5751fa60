package app.fairpass.core.fair;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A set of fairs reported together, e.g. an employment service month. */
@Entity
class Series {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;

    protected Series() {
    }

    Series(String name, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void rename(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    SeriesInfo toInfo() {
        return new SeriesInfo(id, name, startsOn, endsOn);
    }
}
