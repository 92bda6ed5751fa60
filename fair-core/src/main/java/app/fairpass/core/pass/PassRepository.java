package app.fairpass.core.pass;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PassRepository extends JpaRepository<Pass, Long> {
    @Query("select p from Pass p where p.randomId = :randomId")
    Optional<Pass> findByRandomId(String randomId);

    @Query("select p from Pass p where p.fairId = :fairId and p.shortId = :shortId")
    Optional<Pass> findByFairIdAndShortId(long fairId, String shortId);

    Optional<Pass> findByFairIdAndJobSeekerId(long fairId, long jobSeekerId);

    long countByFairId(long fairId);
}
