package app.fairpass.core.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log is append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);
}
