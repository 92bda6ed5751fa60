package app.fairpass.core.pass;

import org.springframework.data.jpa.repository.JpaRepository;

interface PassKeyRepository extends JpaRepository<PassKey, String> {
}
