package app.fairpass.core.fair;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FairRepository extends JpaRepository<Fair, Long> {
    List<Fair> findAllByOrderByFairDateDescIdDesc();
}
