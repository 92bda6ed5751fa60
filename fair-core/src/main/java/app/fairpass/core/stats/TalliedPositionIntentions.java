package app.fairpass.core.stats;

import app.fairpass.core.booth.PositionIntentions;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The booth's figures per position, read from the tallies the dashboard's top positions read. */
@Component
class TalliedPositionIntentions implements PositionIntentions {
    private static final String BY_POSITION = """
            SELECT item, SUM(n) FROM fair_tally WHERE fair_id = :fair AND figure = :figure AND item IN (:items)
            GROUP BY item
            """;

    private final JdbcClient jdbc;

    TalliedPositionIntentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> of(long fairId, Collection<Long> positionIds) {
        Map<Long, Long> intentions = new HashMap<>();
        if (positionIds.isEmpty()) {
            return intentions;
        }
        jdbc.sql(BY_POSITION).param("fair", fairId).param("figure", Figure.POSITION_INTENTIONS.code)
                .param("items", positionIds.stream().map(String::valueOf).toList())
                .query(rs -> {
                    if (rs.getLong(2) != 0) {
                        intentions.put(Long.parseLong(rs.getString(1)), rs.getLong(2));
                    }
                });
        return intentions;
    }
}
