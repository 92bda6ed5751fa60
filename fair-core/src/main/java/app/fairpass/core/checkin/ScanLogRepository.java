package app.fairpass.core.checkin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanLogRepository extends JpaRepository<ScanLogEntry, Long> {
    Optional<ScanLogEntry> findByKioskIdAndNonce(long kioskId, String nonce);
}
