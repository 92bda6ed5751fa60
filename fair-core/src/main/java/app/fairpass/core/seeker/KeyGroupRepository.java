package app.fairpass.core.seeker;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyGroupRepository extends JpaRepository<KeyGroup, String> {
    List<KeyGroup> findAllByOrderBySortOrder();
}
