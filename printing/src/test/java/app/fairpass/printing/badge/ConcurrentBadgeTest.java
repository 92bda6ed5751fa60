package app.fairpass.printing.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Kiosks print at the same time and share one parsed font: parallel output must equal serial output. */
class ConcurrentBadgeTest {

    @Test
    void badgesRenderedInParallelAreByteForByteThoseRenderedOneByOne() throws Exception {
        List<BadgeContent> badges = IntStream.range(0, 48)
                .mapToObj(i -> new BadgeContent("并发测试招聘会", List.of("张燕", "陈喆", "赵珺", "刘昇", "王堃", "李赟").get(i % 6) + i,
                        i % 2 == 0 ? "会计" : null, "FP1-PARALLEL" + i, "PAR-" + i))
                .toList();
        List<byte[]> serial = badges.stream().map(badge -> BadgePdf.render(BadgeStock.LABEL_62X100, badge)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> parallel = badges.stream()
                    .map(badge -> pool.submit(() -> BadgePdf.render(BadgeStock.LABEL_62X100, badge)))
                    .toList();
            for (int i = 0; i < badges.size(); i++) {
                assertThat(withoutDocumentId(parallel.get(i).get())).as("badge %d", i)
                        .isEqualTo(withoutDocumentId(serial.get(i)));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The PDF with its /ID (derived from the clock) blanked, as a hash so a failure stays readable. */
    private static String withoutDocumentId(byte[] pdf) throws Exception {
        String text = new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<\\p{XDigit}+> <\\p{XDigit}+>]", "/ID []");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
