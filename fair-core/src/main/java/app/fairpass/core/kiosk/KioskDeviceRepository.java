package app.fairpass.core.kiosk;

import org.springframework.data.jpa.repository.JpaRepository;

interface KioskDeviceRepository extends JpaRepository<KioskDevice, Long> {
}
