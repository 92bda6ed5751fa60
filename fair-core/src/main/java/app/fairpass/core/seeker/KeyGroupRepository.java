package app.fairpass.core.seeker;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyGroupRepository extends JpaRepository<KeyGroup, String> {
    List<KeyGroup> findAllByOrderBySortOrder();

    long countByCodeIn(Collection<String> codes);
}
