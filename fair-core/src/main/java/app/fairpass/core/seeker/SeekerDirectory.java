package app.fairpass.core.seeker;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of job seekers for the other core services; role checks belong to the use case that calls it. */
@Service
public class SeekerDirectory {
    private final JobSeekerRepository seekers;
    private final KeyGroupRepository keyGroups;

    SeekerDirectory(JobSeekerRepository seekers, KeyGroupRepository keyGroups) {
        this.seekers = seekers;
        this.keyGroups = keyGroups;
    }

    @Transactional(readOnly = true)
    public Optional<SeekerCard> card(long jobSeekerId) {
        return seekers.findById(jobSeekerId).map(JobSeeker::toCard);
    }

    /** The public list of key groups, which the registration pages offer. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<KeyGroupInfo> keyGroups() {
        return keyGroups.findAllByOrderBySortOrder().stream().map(KeyGroup::toInfo).toList();
    }
}
