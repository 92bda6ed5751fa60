package app.fairpass.core.booth;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoothRecordRepository extends JpaRepository<BoothRecord, Long> {
    Optional<BoothRecord> findByFairIdAndJobSeekerIdAndEmployerIdAndKind(long fairId, long jobSeekerId,
            long employerId, RecordKind kind);
}
