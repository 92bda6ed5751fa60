package app.fairpass.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CompactionAtStartTest {
    @TempDir
    Path folder;

    @Test
    void aFileOfMostlyDeadChunksIsCompactedBeforeThePoolOpensIt() throws Exception {
        ScatteredUpdates fair = new ScatteredUpdates(folder);
        fair.update(3_000, () -> { });
        fair.close();
        long grownTo = fair.fileSize();
        assertThat(grownTo).isGreaterThan(CompactionAtStart.SMALLEST_FILE_WORTH_IT);

        server(fair.url).run(context -> {
            assertThat(fair.fileSize()).isLessThan(grownTo / 4);
            context.getBean(HikariDataSource.class).getConnection().close();
        });
        assertThat(fair.rowsNotAsWritten()).isZero();
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        ScatteredUpdates fair = new ScatteredUpdates(folder);
        fair.update(100, () -> { });
        fair.close();
        Path file = folder.resolve("fair.mv.db");
        long size = Files.size(file);
        FileTime written = Files.getLastModifiedTime(file);

        assertThat(CompactionAtStart.compactIfSparse(EmbeddedH2File.of(fair.url).orElseThrow(), "sa", "")).isFalse();
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    private static ApplicationContextRunner server(String url) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(CompactionAtStart.class)
                .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa");
    }
}
