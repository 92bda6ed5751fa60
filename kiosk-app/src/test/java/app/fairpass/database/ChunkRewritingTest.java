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
    void rewritingSparseChunksKeepsTheFileFromGrowingWithEveryCommit() throws Exception {
        ScatteredUpdates untouched = new ScatteredUpdates(left);
        untouched.update(3_000, () -> { });
        long grownTo = untouched.fileSize();
        untouched.close();

        ScatteredUpdates withRewriting = new ScatteredUpdates(tidied);
        ChunkRewriting rewriting = new ChunkRewriting(withRewriting.dataSource, withRewriting.url);
        AtomicInteger steps = new AtomicInteger();
        long before = withRewriting.bookedRows();
        withRewriting.update(3_000, () -> {
            try {
                if (rewriting.rewriteSparseChunks()) {
                    steps.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(steps).hasPositiveValue();
        assertThat(withRewriting.fileSize()).as("file with rewriting, against %d bytes without", grownTo)
                .isLessThan(grownTo / 3);
        assertThat(withRewriting.bookedRows() / 1_000_000_000L).isEqualTo(before / 1_000_000_000L);
        withRewriting.close();
    }
}
