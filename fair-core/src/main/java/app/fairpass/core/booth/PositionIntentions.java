package app.fairpass.core.booth;

import java.util.Collection;
import java.util.Map;

/**
 * The intentions reached per position, from the same running tally the organisers' figures read (kept by the
 * stats feature, which implements this): the booth's "intentions" column and the dashboard's top positions are
 * one figure, and the booth needs no count of its records for it.
 */
public interface PositionIntentions {
    /** People with an intention record naming each of the fair's {@code positionIds}; positions with none left out. */
    Map<Long, Long> of(long fairId, Collection<Long> positionIds);
}
