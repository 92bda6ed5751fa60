package app.fairpass.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkRewritingTest {
    @TempDir
    Path left;
    @TempDir
    Path tidied;

    @Test
    void rewritingInQuietMomentsKeepsTheFileFromGrowingWithEveryCommit() throws Exception {
        ScatteredUpdates untouched = new ScatteredUpdates(left);
        untouched.update(3_000, () -> { });
        long grownTo = untouched.fileSize();
        untouched.close();

        ScatteredUpdates withRewriting = new ScatteredUpdates(tidied);
        ChunkRewriting rewriting = new ChunkRewriting(withRewriting.dataSource, withRewriting.url);
        AtomicInteger steps = new AtomicInteger();
        withRewriting.update(3_000, () -> {
            // a quiet moment after every tenth commit: the first tick sees commits, the second none
            assertThat(tick(rewriting)).isFalse();
            if (tick(rewriting)) {
                steps.incrementAndGet();
            }
        });

        assertThat(steps).hasPositiveValue();
        assertThat(withRewriting.fileSize()).as("file with rewriting, against %d bytes without", grownTo)
                .isLessThan(grownTo / 3);
        assertThat(withRewriting.rowsNotAsWritten()).isZero();
        withRewriting.close();
    }

    @Test
    void nothingIsRewrittenWhileCommitsKeepComing() throws Exception {
        ScatteredUpdates fair = new ScatteredUpdates(tidied);
        ChunkRewriting rewriting = new ChunkRewriting(fair.dataSource, fair.url);
        AtomicInteger steps = new AtomicInteger();
        fair.update(3_000, () -> {
            if (tick(rewriting)) {
                steps.incrementAndGet();
            }
        });

        assertThat(steps).hasValue(0);
        assertThat(tick(rewriting)).as("the first quiet tick").isTrue();
        fair.close();
    }

    private static boolean tick(ChunkRewriting rewriting) {
        try {
            return rewriting.tick();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
