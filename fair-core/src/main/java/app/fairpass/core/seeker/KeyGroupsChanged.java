package app.fairpass.core.seeker;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A known person's key groups changed at a later registration, published in the transaction that wrote them: the
 * key-group codes they left and joined, never other answers.
 */
public record KeyGroupsChanged(long jobSeekerId, Set<String> left, Set<String> joined) {
    public KeyGroupsChanged {
        left = Set.copyOf(left);
        joined = Set.copyOf(joined);
    }

    /** The change from {@code before} to {@code after}, if they are not the same groups. */
    static Optional<KeyGroupsChanged> between(long jobSeekerId, Set<String> before, Set<String> after) {
        Set<String> left = new HashSet<>(before);
        left.removeAll(after);
        Set<String> joined = new HashSet<>(after);
        joined.removeAll(before);
        return left.isEmpty() && joined.isEmpty() ? Optional.empty()
                : Optional.of(new KeyGroupsChanged(jobSeekerId, left, joined));
    }
}
