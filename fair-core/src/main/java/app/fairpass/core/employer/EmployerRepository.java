package app.fairpass.core.employer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {
    Optional<Employer> findByName(String name);
}
