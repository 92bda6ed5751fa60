package app.fairpass.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the H2 file from growing without end while the server runs. Each commit writes a new chunk of changed pages,
 * and a chunk is reused only once none of its pages is live. H2's background writer rewrites the few live pages of
 * such chunks; {@code WRITE_DELAY=0} (a commit on disk before the screen says "saved") turns that writer off. Without
 * this, 52,000 check-ins grew a 54 MB file to 2.2 GB (docs/benchmarks.md).
 * <p>
 * H2 has no SQL for this, so it calls the store's own {@code compact}. Commits wait while it rewrites, so it moves a
 * little at a time: up to {@link #WRITE_LIMIT} of live pages a step, only while less than {@link #FILL_RATE_TARGET}
 * per cent of the chunks' space is live, and only chunks older than H2's retention time (45 s), which a crash may
 * still need.
 */
@Component
class ChunkRewriting {
    static final int FILL_RATE_TARGET = 50;
    static final int WRITE_LIMIT = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ChunkRewriting.class);

    private final DataSource dataSource;
    private final boolean embeddedH2;

    ChunkRewriting(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        this.dataSource = dataSource;
        this.embeddedH2 = EmbeddedH2File.of(url).isPresent();
    }

    @Scheduled(initialDelayString = "${fairpass.h2.rewrite-interval:PT10S}",
            fixedDelayString = "${fairpass.h2.rewrite-interval:PT10S}")
    void scheduled() throws SQLException {
        if (embeddedH2) {
            rewriteSparseChunks();
        }
    }

    /** One step; true if it rewrote any chunk. */
    boolean rewriteSparseChunks() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            long started = System.nanoTime();
            if (!store.compact(FILL_RATE_TARGET, WRITE_LIMIT)) {
                return false;
            }
            // Write the rewritten pages now, rather than into the next person's commit.
            store.commit();
            log.debug("rewrote sparse chunks in {} µs", (System.nanoTime() - started) / 1000);
            return true;
        }
    }
}
