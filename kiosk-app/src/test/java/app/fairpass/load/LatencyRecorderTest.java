package app.fairpass.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The harness's own arithmetic: nearest-rank percentiles and the counting of answers. */
class LatencyRecorderTest {

    @Test
    void percentilesAreNearestRank() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();
        long[] oneToThousand = LongStream.rangeClosed(1, 1000).toArray();

        assertThat(LatencyRecorder.percentile(oneToHundred, 50)).isEqualTo(50);
        assertThat(LatencyRecorder.percentile(oneToHundred, 99)).isEqualTo(99);
        assertThat(LatencyRecorder.percentile(oneToThousand, 99)).isEqualTo(990);
        assertThat(LatencyRecorder.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(LatencyRecorder.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
        assertThat(LatencyRecorder.percentile(new long[0], 99)).isZero();
    }

    @Test
    void aSummarySortsWhatCameInAnyOrderAndCountsErrorsApart() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long latency = 10_000; latency >= 1; latency--) {
            if (latency % 1000 == 0) {
                recorder.error(latency, "HTTP 500");
            } else {
                recorder.success(latency, latency % 2 == 0 ? "CHECKED_IN" : "ALREADY_CHECKED_IN");
            }
        }

        LatencyRecorder.Summary summary = recorder.summary();

        assertThat(summary.requests()).isEqualTo(10_000);
        assertThat(summary.errors()).isEqualTo(10);
        assertThat(summary.p50Nanos()).isEqualTo(5_000);
        assertThat(summary.p99Nanos()).isEqualTo(9_900);
        assertThat(summary.maxNanos()).isEqualTo(10_000);
        assertThat(summary.answers()).isEqualTo(Map.of("CHECKED_IN", 4_990L, "ALREADY_CHECKED_IN", 5_000L,
                "HTTP 500", 10L));
    }
}
