package app.fairpass.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {
    @Query("select c from CheckIn c where c.passId = :passId")
    Optional<CheckIn> findByPassId(long passId);

    /** Rows of (kiosk id, first entries since {@code from}). */
    @Query("select c.kioskId, count(c) from CheckIn c where c.checkedInAt >= :from and c.kioskId is not null"
            + " group by c.kioskId")
    List<Object[]> countByKioskSince(Instant from);
}
