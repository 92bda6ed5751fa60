package app.fairpass.core.employer;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoothRepository extends JpaRepository<Booth, Long> {
    boolean existsByFairIdAndEmployerId(long fairId, long employerId);
}
