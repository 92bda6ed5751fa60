package app.fairpass.core.pass;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PassRepository extends JpaRepository<Pass, Long> {
    Optional<Pass> findByRandomId(String randomId);

    Optional<Pass> findByFairIdAndShortId(long fairId, String shortId);

    Optional<Pass> findByFairIdAndJobSeekerId(long fairId, long jobSeekerId);

    long countByFairId(long fairId);
}
