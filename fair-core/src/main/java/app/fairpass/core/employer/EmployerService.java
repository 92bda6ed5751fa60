package app.fairpass.core.employer;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
public class EmployerService {
    private final EmployerRepository employers;
    private final BoothRepository booths;
    private final PositionRepository positions;
    private final AuditLog audit;
    private final Clock clock;

    EmployerService(EmployerRepository employers, BoothRepository booths, PositionRepository positions,
            AuditLog audit, Clock clock) {
        this.employers = employers;
        this.booths = booths;
        this.positions = positions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employer of that name, created if new: names are how services identify employers in their files. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long employer(String name, String creditCode, String industry) {
        String clean = name.strip();
        return employers.findByName(clean).map(Employer::getId).orElseGet(() -> {
            long id = employers.save(new Employer(clean, creditCode, industry, clock.instant())).getId();
            audit.record("EMPLOYER_CREATED", "employer:" + id, clean);
            return id;
        });
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long addBooth(long fairId, long employerId, String boothNumber) {
        long id = booths.save(new Booth(fairId, employerId, boothNumber.strip())).getId();
        audit.record("BOOTH_ADDED", "booth:" + id, "fair:" + fairId + " employer:" + employerId);
        return id;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public PositionInfo addPosition(@Valid NewPosition position) {
        if (!booths.existsByFairIdAndEmployerId(position.fairId(), position.employerId())) {
            throw new IllegalArgumentException("employer has no booth at this fair");
        }
        if (position.salaryMin() != null && position.salaryMax() != null
                && position.salaryMax() < position.salaryMin()) {
            throw new IllegalArgumentException("salary maximum below minimum");
        }
        return positions.save(new Position(position)).toInfo();
    }

    /** For the core's booth use cases, which check who asks. */
    @Transactional(readOnly = true)
    public List<PositionInfo> positionsOf(long fairId, long employerId) {
        return positions.findByFairIdAndEmployerIdOrderById(fairId, employerId).stream().map(Position::toInfo)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PositionInfo> position(long positionId) {
        return positions.findById(positionId).map(Position::toInfo);
    }

    @Transactional(readOnly = true)
    public boolean hasBooth(long fairId, long employerId) {
        return booths.existsByFairIdAndEmployerId(fairId, employerId);
    }
}
