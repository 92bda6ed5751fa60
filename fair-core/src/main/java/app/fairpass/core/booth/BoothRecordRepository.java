package app.fairpass.core.booth;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface BoothRecordRepository extends JpaRepository<BoothRecord, Long> {
    /** Locked until commit: two changes of one record each move the tallies from what the other left. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<BoothRecord> findByFairIdAndJobSeekerIdAndEmployerIdAndKind(long fairId, long jobSeekerId,
            long employerId, RecordKind kind);
}
