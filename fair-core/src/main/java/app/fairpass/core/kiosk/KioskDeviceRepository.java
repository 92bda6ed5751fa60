package app.fairpass.core.kiosk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KioskDeviceRepository extends JpaRepository<KioskDevice, Long> {
    Optional<KioskDevice> findByPairingCodeHash(String pairingCodeHash);

    @Query("select k from KioskDevice k where k.tokenHash = :tokenHash")
    Optional<KioskDevice> findByTokenHash(String tokenHash);

    List<KioskDevice> findAllByOrderByName();

    boolean existsByName(String name);
}
