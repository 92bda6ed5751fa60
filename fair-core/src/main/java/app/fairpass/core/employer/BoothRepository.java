package app.fairpass.core.employer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoothRepository extends JpaRepository<Booth, Long> {
    boolean existsByFairIdAndEmployerId(long fairId, long employerId);

    Optional<Booth> findByFairIdAndEmployerId(long fairId, long employerId);

    Optional<Booth> findByFairIdAndBoothNumber(long fairId, String boothNumber);

    @Query("""
            SELECT new app.fairpass.core.employer.BoothInfo(b.id, b.fairId, e.id, e.name, b.boothNumber)
            FROM Booth b, Employer e WHERE e.id = b.employerId AND b.fairId = :fairId ORDER BY b.boothNumber""")
    List<BoothInfo> listAt(long fairId);
}
