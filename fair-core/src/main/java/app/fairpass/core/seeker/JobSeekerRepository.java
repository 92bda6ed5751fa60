package app.fairpass.core.seeker;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobSeekerRepository extends JpaRepository<JobSeeker, Long> {
    Optional<JobSeeker> findFirstByPhoneAndPurgedAtIsNull(String phone);
}
