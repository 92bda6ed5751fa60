package app.fairpass.core.kiosk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KioskDeviceRepository extends JpaRepository<KioskDevice, Long> {
    Optional<KioskDevice> findByPairingCodeHash(String pairingCodeHash);

    Optional<KioskDevice> findByTokenHash(String tokenHash);

    List<KioskDevice> findAllByOrderByName();

    boolean existsByName(String name);
}
