package app.fairpass.core.employer;

import app.fairpass.core.seeker.Education;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "job_position")
class Position {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fairId;
    private long employerId;
    private String title;
    private int headcount;
    private Integer salaryMin;
    private Integer salaryMax;
    @Enumerated(EnumType.STRING)
    private Education education;
    private String majorCategory;

    protected Position() {
    }

    Position(NewPosition position) {
        this.fairId = position.fairId();
        this.employerId = position.employerId();
        update(position);
    }

    /** Fair and employer stay: a position moves with its booth, never to another. */
    void update(NewPosition position) {
        this.title = position.title().strip();
        this.headcount = position.headcount();
        this.salaryMin = position.salaryMin();
        this.salaryMax = position.salaryMax();
        this.education = position.education();
        this.majorCategory = position.majorCategory();
    }

    PositionInfo toInfo() {
        return new PositionInfo(id, fairId, employerId, title, headcount, salaryMin, salaryMax, education,
                majorCategory);
    }
}
