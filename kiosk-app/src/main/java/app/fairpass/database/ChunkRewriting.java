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
 * Lets the H2 file's space be reused. Each commit writes a new chunk of changed pages, and a chunk is reused only
 * once none of its pages is live; a fair's commits touch index pages all over the file, so nearly every chunk keeps
 * a page or two. H2's background writer rewrites those pages elsewhere, but {@code WRITE_DELAY=0} (a commit on disk
 * before the screen says "saved") turns it off: 52,000 check-ins grew a 54 MB file to 2.2 GB (docs/benchmarks.md).
 * <p>
 * H2 has no SQL for this, so it calls the store's own {@code compact}. A step holds every commit back, from a few
 * milliseconds to half a second on a bloated file, so it runs only when nothing was committed for a whole tick: in
 * a fair's quiet moments, at lunch, at night. It does not shrink the file; {@link CompactionAtStart} does, at the
 * next start.
 */
@Component
class ChunkRewriting {
    /** Rewrite while less than this per cent of the chunks' space is live: the file stays within about twice it. */
    private static final int FILL_RATE_TARGET = 50;
    /** Live bytes rewritten per step: 1 MB took 4–220 ms in quiet moments on a bloated file (docs/benchmarks.md). */
    private static final int WRITE_LIMIT = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(ChunkRewriting.class);

    private final DataSource dataSource;
    private final boolean embeddedH2;
    private long versionAtLastTick = -1;

    ChunkRewriting(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        this.dataSource = dataSource;
        this.embeddedH2 = EmbeddedH2File.of(url).isPresent();
    }

    @Scheduled(fixedDelayString = "${fairpass.h2.rewrite-tick:PT1S}")
    void scheduled() throws SQLException {
        if (embeddedH2) {
            tick();
        }
    }

    /** Rewrites one step's worth of sparse chunks if nothing was committed since the last tick; true if it did. */
    boolean tick() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore();
            boolean idle = store.getCurrentVersion() == versionAtLastTick;
            boolean rewrote = idle && rewriteSparseChunks(store);
            versionAtLastTick = store.getCurrentVersion();
            return rewrote;
        }
    }

    private static boolean rewriteSparseChunks(MVStore store) {
        long started = System.nanoTime();
        if (!store.compact(FILL_RATE_TARGET, WRITE_LIMIT)) {
            return false;
        }
        store.commit();
        log.debug("rewrote sparse chunks in {} µs", (System.nanoTime() - started) / 1000);
        return true;
    }
}
