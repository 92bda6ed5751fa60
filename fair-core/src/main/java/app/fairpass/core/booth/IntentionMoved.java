package app.fairpass.core.booth;

import java.util.Objects;

/**
 * An intention record now names another position (either may be null), published in the transaction that changed
 * it. The record's row is locked until commit, so two changes of one record cannot both start from the same
 * position.
 */
public record IntentionMoved(long recordId, long fairId, long employerId, Long fromPositionId, Long toPositionId) {
    public IntentionMoved {
        if (Objects.equals(fromPositionId, toPositionId)) {
            throw new IllegalArgumentException("an intention still at position " + toPositionId + " has not moved");
        }
    }
}
