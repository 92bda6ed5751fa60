package app.fairpass.core.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log is append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findByActionOrderByIdDesc(String action, Pageable page);

    @Query("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action")
    List<String> findActions();
}
