package app.fairpass.core.employer;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
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
            audit.record(AuditAction.EMPLOYER_CREATED, "employer:" + id, clean);
            return id;
        });
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long addBooth(long fairId, long employerId, String boothNumber) {
        long id = booths.save(new Booth(fairId, employerId, boothNumber.strip())).getId();
        audit.record(AuditAction.BOOTH_ADDED, "booth:" + id, "fair:" + fairId + " employer:" + employerId);
        return id;
    }

    /** Places an employer (found or created by name) at a booth; booth numbers are unique per fair. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public BoothResult placeEmployer(@Valid NewBooth booth) {
        String number = booth.boothNumber().strip();
        if (booths.findByFairIdAndBoothNumber(booth.fairId(), number).isPresent()) {
            return BoothResult.refused(BoothResult.Outcome.NUMBER_TAKEN);
        }
        long employerId = employer(booth.employerName(), null, null);
        if (booths.existsByFairIdAndEmployerId(booth.fairId(), employerId)) {
            return BoothResult.refused(BoothResult.Outcome.ALREADY_AT_FAIR);
        }
        long boothId = addBooth(booth.fairId(), employerId, number);
        return new BoothResult(BoothResult.Outcome.SAVED, info(boothId));
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public BoothResult renumberBooth(long boothId, String boothNumber) {
        Booth booth = booths.findById(boothId).orElseThrow(() -> new IllegalArgumentException("no booth " + boothId));
        String number = boothNumber.strip();
        if (booths.findByFairIdAndBoothNumber(booth.getFairId(), number).filter(other -> !other.getId().equals(boothId))
                .isPresent()) {
            return BoothResult.refused(BoothResult.Outcome.NUMBER_TAKEN);
        }
        booth.renumber(number);
        audit.record(AuditAction.BOOTH_RENUMBERED, "booth:" + boothId, number);
        return new BoothResult(BoothResult.Outcome.SAVED, info(boothId));
    }

    /** The booth's id for that employer at that fair, with its number set: for imports, which repeat safely. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long ensureBooth(long fairId, long employerId, String boothNumber) {
        return booths.findByFairIdAndEmployerId(fairId, employerId).map(booth -> {
            if (!booth.getBoothNumber().equals(boothNumber.strip())) {
                renumberBooth(booth.getId(), boothNumber);
            }
            return booth.getId();
        }).orElseGet(() -> addBooth(fairId, employerId, boothNumber));
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<BoothInfo> booths(long fairId) {
        return booths.listAt(fairId);
    }

    private BoothInfo info(long boothId) {
        Booth booth = booths.findById(boothId).orElseThrow();
        return booths.listAt(booth.getFairId()).stream().filter(b -> b.boothId() == boothId).findFirst()
                .orElseThrow();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public PositionInfo addPosition(@Valid NewPosition position) {
        if (!booths.existsByFairIdAndEmployerId(position.fairId(), position.employerId())) {
            throw new IllegalArgumentException("employer has no booth at this fair");
        }
        checkSalary(position);
        return positions.save(new Position(position)).toInfo();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public PositionInfo updatePosition(long positionId, @Valid NewPosition changed) {
        checkSalary(changed);
        Position position = positions.findById(positionId)
                .orElseThrow(() -> new IllegalArgumentException("no position " + positionId));
        position.update(changed);
        audit.record(AuditAction.POSITION_UPDATED, "position:" + positionId, changed.title());
        return position.toInfo();
    }

    /** Adds the position, or updates the one of the same title at that booth: imports repeat safely. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public PositionInfo savePositionByTitle(@Valid NewPosition position) {
        return positions.findFirstByFairIdAndEmployerIdAndTitle(position.fairId(), position.employerId(),
                        position.title().strip())
                .map(existing -> {
                    checkSalary(position);
                    existing.update(position);
                    return existing.toInfo();
                })
                .orElseGet(() -> addPosition(position));
    }

    private static void checkSalary(NewPosition position) {
        if (position.salaryMin() != null && position.salaryMax() != null
                && position.salaryMax() < position.salaryMin()) {
            throw new IllegalArgumentException("salary maximum below minimum");
        }
    }

    /** For the organiser's screens and the core's booth use cases, which check which employer asks. */
    @RolesAllowed({Roles.ORGANISER, Roles.EMPLOYER})
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
