package app.fairpass.core.checkin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScanLogRepository extends JpaRepository<ScanLogEntry, Long> {
    @Query("select s from ScanLogEntry s where s.kioskId = :kioskId and s.nonce = :nonce")
    Optional<ScanLogEntry> findByKioskIdAndNonce(long kioskId, String nonce);
}
