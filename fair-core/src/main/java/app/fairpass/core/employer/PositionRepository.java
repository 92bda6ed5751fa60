package app.fairpass.core.employer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, Long> {
    List<Position> findByFairIdAndEmployerIdOrderById(long fairId, long employerId);

    Optional<Position> findFirstByFairIdAndEmployerIdAndTitle(long fairId, long employerId, String title);
}
