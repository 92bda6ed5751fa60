package app.fairpass.core.fair;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
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
public class FairService {
    private final FairRepository fairs;
    private final SeriesRepository series;
    private final AuditLog audit;
    private final Clock clock;

    FairService(FairRepository fairs, SeriesRepository series, AuditLog audit, Clock clock) {
        this.fairs = fairs;
        this.series = series;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long createSeries(@Valid NewSeries newSeries) {
        String name = newSeries.name().strip();
        long id = series.save(new Series(name, newSeries.startsOn(), newSeries.endsOn(), clock.instant())).getId();
        audit.record(AuditAction.SERIES_CREATED, "series:" + id, name);
        return id;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public SeriesInfo updateSeries(long seriesId, @Valid NewSeries changed) {
        Series found = series.findById(seriesId)
                .orElseThrow(() -> new IllegalArgumentException("no series " + seriesId));
        found.rename(changed.name().strip(), changed.startsOn(), changed.endsOn());
        audit.record(AuditAction.SERIES_UPDATED, "series:" + seriesId, changed.name());
        return found.toInfo();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<SeriesInfo> listSeries() {
        return series.findAllByOrderByStartsOnDescIdDesc().stream().map(Series::toInfo).toList();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public FairInfo updateFair(long fairId, @Valid NewFair changed) {
        checkHours(changed);
        Fair fair = fairs.findById(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        fair.update(changed);
        audit.record(AuditAction.FAIR_UPDATED, "fair:" + fairId, changed.name());
        return fair.toInfo();
    }

    private static void checkHours(NewFair fair) {
        if (!fair.closesAt().isAfter(fair.opensAt())) {
            throw new IllegalArgumentException("closing time must be after opening time");
        }
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public FairInfo createFair(@Valid NewFair fair) {
        checkHours(fair);
        FairInfo created = fairs.save(new Fair(fair.seriesId(), fair.name().strip(), fair.venue().strip(), fair.date(),
                fair.opensAt(), fair.closesAt(), clock.instant())).toInfo();
        audit.record(AuditAction.FAIR_CREATED, "fair:" + created.id(), created.name());
        return created;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public FairInfo changeStatus(long fairId, FairStatus status) {
        Fair fair = fairs.findById(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        fair.setStatus(status, clock.instant());
        audit.record(switch (status) {
            case PLANNED -> AuditAction.FAIR_PLANNED;
            case OPEN -> AuditAction.FAIR_OPEN;
            case CLOSED -> AuditAction.FAIR_CLOSED;
        }, "fair:" + fairId, null);
        return fair.toInfo();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<FairInfo> listFairs() {
        return fairs.findAllByOrderByFairDateDescIdDesc().stream().map(Fair::toInfo).toList();
    }

    /** A fair's public facts (name, venue, date): shown on kiosks and the public registration page too. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<FairInfo> find(long fairId) {
        return fairs.findById(fairId).map(Fair::toInfo);
    }
}
