package app.fairpass.core.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An employer's presence at one fair, with its booth number (展位号). */
@Entity
class Booth {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fairId;
    private long employerId;
    private String boothNumber;

    protected Booth() {
    }

    Booth(long fairId, long employerId, String boothNumber) {
        this.fairId = fairId;
        this.employerId = employerId;
        this.boothNumber = boothNumber;
    }

    Long getId() {
        return id;
    }

    long getFairId() {
        return fairId;
    }

    String getBoothNumber() {
        return boothNumber;
    }

    void renumber(String boothNumber) {
        this.boothNumber = boothNumber;
    }
}
