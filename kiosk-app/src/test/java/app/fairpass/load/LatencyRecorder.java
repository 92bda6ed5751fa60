package app.fairpass.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One operation's results: every latency kept whole (a run has at most some hundred thousand, so a sorted copy
 * gives exact percentiles), and a count per answer: the API's outcome for a 2xx, "HTTP 4xx/5xx" or the exception
 * otherwise. Anything but a 2xx is an error.
 */
final class LatencyRecorder {
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private long[] nanos = new long[4096];
    private int count;

    void success(long latencyNanos, String outcome) {
        record(latencyNanos);
        answers.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    void error(long latencyNanos, String what) {
        record(latencyNanos);
        errors.increment();
        answers.computeIfAbsent(what, key -> new LongAdder()).increment();
    }

    private synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        Map<String, Long> byAnswer = new TreeMap<>();
        answers.forEach((answer, n) -> byAnswer.put(answer, n.sum()));
        return new Summary(count, errors.sum(), percentile(sorted, 50), percentile(sorted, 99),
                count == 0 ? 0 : sorted[count - 1], byAnswer);
    }

    /** Nearest rank: the smallest sample with at least {@code p} per cent of all samples at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length / 100);
        return sorted[Math.max(rank, 1) - 1];
    }

    record Summary(int requests, long errors, long p50Nanos, long p99Nanos, long maxNanos,
            Map<String, Long> answers) {
    }
}
