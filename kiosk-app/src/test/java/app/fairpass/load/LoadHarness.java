package app.fairpass.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a running server over the device API and prints throughput and latency per operation. Not a test: run it
 * with {@code ./mvnw -o -q -pl kiosk-app -am -Pload verify -DskipTests -Dload.url=… -Dload.credentials=…
 * -Dload.scenario=max|fair} against a server started in load mode (docs/benchmarks.md).
 * <ul>
 * <li>{@code max}: closed loop. {@code concurrency} kiosks each send a check-in as soon as the last one is answered,
 * passes taken in turn: the most check-ins per second the server gives.</li>
 * <li>{@code fair}: open loop at a fair's rates. Each kiosk scans every {@code kiosk-every} seconds and each booth
 * device records every {@code booth-every} seconds, starting at a random moment; a latency runs from the moment
 * the scan was due, so a server (or harness) falling behind shows up in it instead of slowing the arrivals.</li>
 * </ul>
 * Requests during the warm-up (the JIT, filling caches) are reported apart, as are the booth devices' first
 * requests, which check their passwords with bcrypt and are sent one after another before the run. The {@code fair}
 * warm-up is a closed loop of check-ins and booth records alike: at a fair's eleven requests a second the JIT would
 * need many minutes to compile what a server running all day has long compiled, and the run would measure that.
 */
public final class LoadHarness {
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final String[] BOOTH_KINDS = {"RESUME", "RESUME", "RESUME", "INTENTION"};

    private final URI checkIns;
    private final URI boothRecords;
    private final LoadCredentials credentials;
    private final AtomicInteger nextPass;

    /** Kiosks scan the passes in turn from {@code firstPass}: a later run can start where an earlier one ended. */
    private LoadHarness(URI base, LoadCredentials credentials, int firstPass) {
        this.checkIns = base.resolve("/api/v1/check-ins");
        this.boothRecords = base.resolve("/api/v1/booth-records");
        this.credentials = credentials;
        this.nextPass = new AtomicInteger(firstPass);
    }

    public static void main(String[] args) throws Exception {
        // HttpURLConnection sends and reads on the calling thread over pooled keep-alive connections; HttpClient
        // hands each request to its selector thread and back, wake-ups that a 2-core machine shared with the server
        // adds to every latency. The pool keeps up to this many idle connections (the default, 5, is fewer than the
        // closed loop's kiosks).
        System.setProperty("http.maxConnections", "400");
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:18080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the harness connects to 127.0.0.1 only, not " + base.getHost());
        }
        LoadCredentials credentials = LoadCredentials.read(Path.of(required(options, "credentials")));
        LoadHarness harness = new LoadHarness(base, credentials,
                Integer.parseInt(options.getOrDefault("first-pass", "0")));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
        String scenario = required(options, "scenario");
        System.out.printf("FairPass load harness: scenario %s against %s, %d s warm-up + %d s measured; %d CPUs, "
                + "load average %s%n", scenario, base, warmUp.toSeconds(), measured.toSeconds(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Report report = switch (scenario) {
            case "max" -> harness.maxThroughput(Integer.parseInt(options.getOrDefault("concurrency", "16")), warmUp,
                    measured);
            case "fair" -> harness.fairRates(Integer.parseInt(options.getOrDefault("kiosks", "20")),
                    Integer.parseInt(options.getOrDefault("booths", "300")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("kiosk-every", "15"))),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("booth-every", "30"))), warmUp, measured);
            default -> throw new IllegalArgumentException("scenario is max or fair, not " + scenario);
        };
        System.out.printf("load average at the end: %s%n", loadAverage());
        report.print(System.out, measured);
        System.exit(report.errors() == 0 ? 0 : 1);
    }

    /** Closed loop: each of {@code concurrency} workers is a kiosk that scans again as soon as it has its answer. */
    private Report maxThroughput(int concurrency, Duration warmUp, Duration measured) throws InterruptedException {
        System.out.printf("closed loop: %d concurrent kiosks (of %d paired), %d passes%n", concurrency,
                credentials.kioskTokens().size(), credentials.passCodes().size());
        Report report = new Report(List.of("check-in"));
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService kiosks = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            String token = credentials.kioskTokens().get(i % credentials.kioskTokens().size());
            kiosks.execute(() -> {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    checkIn(token, now, report.recorder("check-in", now >= measureFrom));
                }
            });
        }
        kiosks.shutdown();
        kiosks.awaitTermination(warmUp.plus(measured).toSeconds() + 60, TimeUnit.SECONDS);
        return report;
    }

    /** Open loop: every device sends at its own fixed rate, whatever the answers' speed. */
    private Report fairRates(int kioskCount, int boothCount, Duration kioskEvery, Duration boothEvery,
            Duration warmUp, Duration measured) throws InterruptedException {
        if (kioskCount > credentials.kioskTokens().size() || boothCount > credentials.booths().size()) {
            throw new IllegalArgumentException("the credentials file has " + credentials.kioskTokens().size()
                    + " kiosks and " + credentials.booths().size() + " booths");
        }
        System.out.printf("open loop: %d kiosks, one scan each every %d s; %d booth devices, one record each every "
                + "%d s%n", kioskCount, kioskEvery.toSeconds(), boothCount, boothEvery.toSeconds());
        Report report = new Report(List.of("check-in", "booth-record"));
        // Booth devices come online one after another before the doors open: each first request checks the
        // password with bcrypt (later ones find it remembered), so it is sent and reported before the clock starts.
        for (LoadCredentials.BoothSignIn booth : credentials.booths().subList(0, boothCount)) {
            boothRecord(booth, System.nanoTime(), report.beforeRun("booth sign-in"));
        }
        warmUpClosedLoop(boothCount, warmUp, report);
        long end = System.nanoTime() + measured.toNanos();
        // Enough senders that a slow answer never delays the next scan: requests queue in the server, not here.
        ThreadPoolExecutor senders = (ThreadPoolExecutor) Executors.newFixedThreadPool(kioskCount + boothCount);
        senders.prestartAllCoreThreads(); // not one new thread per device inside the measured time
        ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(2);
        for (int i = 0; i < kioskCount + boothCount; i++) {
            boolean kiosk = i < kioskCount;
            long every = (kiosk ? kioskEvery : boothEvery).toNanos();
            long firstDue = System.nanoTime() + ThreadLocalRandom.current().nextLong(every);
            int device = kiosk ? i : i - kioskCount;
            AtomicInteger sent = new AtomicInteger();
            arrivals.scheduleAtFixedRate(() -> {
                long due = firstDue + sent.getAndIncrement() * every;
                if (due >= end) {
                    return;
                }
                LatencyRecorder into = report.recorder(kiosk ? "check-in" : "booth-record", true);
                senders.execute(() -> {
                    if (kiosk) {
                        checkIn(credentials.kioskTokens().get(device), due, into);
                    } else {
                        boothRecord(credentials.booths().get(device), due, into);
                    }
                });
            }, firstDue - System.nanoTime(), every, TimeUnit.NANOSECONDS);
        }
        Thread.sleep(Duration.ofNanos(end - System.nanoTime()).toMillis() + 100);
        arrivals.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        return report;
    }

    /** As many check-ins and booth records as the server answers, one of each in turn per worker. */
    private void warmUpClosedLoop(int boothCount, Duration warmUp, Report report) throws InterruptedException {
        long end = System.nanoTime() + warmUp.toNanos();
        int workers = Runtime.getRuntime().availableProcessors() * 2;
        ExecutorService loop = Executors.newFixedThreadPool(workers);
        for (int i = 0; i < workers; i++) {
            String token = credentials.kioskTokens().get(i % credentials.kioskTokens().size());
            LoadCredentials.BoothSignIn booth = credentials.booths().get(i % boothCount);
            loop.execute(() -> {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    checkIn(token, now, report.recorder("check-in", false));
                    boothRecord(booth, System.nanoTime(), report.recorder("booth-record", false));
                }
            });
        }
        loop.shutdown();
        loop.awaitTermination(warmUp.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private void checkIn(String deviceToken, long dueNanos, LatencyRecorder into) {
        String code = credentials.passCodes().get(Math.floorMod(nextPass.getAndIncrement(),
                credentials.passCodes().size()));
        send(checkIns, "Bearer " + deviceToken,
                "{\"code\":\"" + code + "\",\"nonce\":\"" + UUID.randomUUID() + "\",\"deviceTime\":\""
                        + Instant.now() + "\"}", dueNanos, into);
    }

    /** A booth scans some badge of the fair: mostly "resume received", every fourth an intention. */
    private void boothRecord(LoadCredentials.BoothSignIn booth, long dueNanos, LatencyRecorder into) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = credentials.passCodes().get(random.nextInt(credentials.passCodes().size()));
        String basic = Base64.getEncoder().encodeToString((booth.username() + ":" + booth.password())
                .getBytes(StandardCharsets.UTF_8));
        send(boothRecords, "Basic " + basic,
                "{\"fairId\":" + credentials.fairId() + ",\"badge\":\"" + code + "\",\"kind\":\""
                        + BOOTH_KINDS[random.nextInt(BOOTH_KINDS.length)] + "\",\"nonce\":\"" + UUID.randomUUID()
                        + "\"}", dueNanos, into);
    }

    private void send(URI uri, String authorization, String json, long dueNanos, LatencyRecorder into) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            String answer;
            // Read to the end either way, so that the connection goes back to the pool.
            try (InputStream in = status / 100 == 2 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long latency = System.nanoTime() - dueNanos;
            Matcher outcome = OUTCOME.matcher(answer);
            if (status / 100 != 2) {
                into.error(latency, "HTTP " + status);
            } else {
                into.success(latency, outcome.find() ? outcome.group(1) : "2xx without an outcome");
            }
        } catch (IOException e) {
            into.error(System.nanoTime() - dueNanos, e.getClass().getSimpleName());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            if (!arg.substring(equals + 1).isBlank()) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=… is missing");
        }
        return value;
    }

    /** Per operation, the results of requests sent one by one before the run, of the warm-up and measured ones. */
    private static final class Report {
        private final Map<String, LatencyRecorder> beforeRun = new LinkedHashMap<>();
        private final Map<String, LatencyRecorder> warmUp = new HashMap<>();
        private final Map<String, LatencyRecorder> measured = new HashMap<>();
        private final List<String> operations;

        Report(List<String> operations) {
            this.operations = operations;
            operations.forEach(operation -> {
                warmUp.put(operation, new LatencyRecorder());
                measured.put(operation, new LatencyRecorder());
            });
        }

        LatencyRecorder beforeRun(String operation) {
            return beforeRun.computeIfAbsent(operation, key -> new LatencyRecorder());
        }

        LatencyRecorder recorder(String operation, boolean isMeasured) {
            return (isMeasured ? measured : warmUp).get(operation);
        }

        long errors() {
            return beforeRun.values().stream().mapToLong(recorder -> recorder.summary().errors()).sum()
                    + operations.stream().mapToLong(op -> warmUp.get(op).summary().errors()
                            + measured.get(op).summary().errors()).sum();
        }

        void print(PrintStream out, Duration measuredFor) {
            out.printf("%-22s %9s %7s %10s %8s %8s %8s%n", "operation", "requests", "errors", "per second",
                    "p50 ms", "p99 ms", "max ms");
            beforeRun.forEach((operation, recorder) -> line(out, operation, recorder.summary(), null));
            for (String operation : operations) {
                if (warmUp.get(operation).summary().requests() > 0) {
                    line(out, operation + " (warm-up)", warmUp.get(operation).summary(), null);
                }
                line(out, operation, measured.get(operation).summary(), measuredFor);
            }
            beforeRun.forEach((operation, recorder) -> out.printf("%s answers: %s%n", operation,
                    recorder.summary().answers()));
            for (String operation : operations) {
                out.printf("%s answers: %s; warm-up: %s%n", operation, measured.get(operation).summary().answers(),
                        warmUp.get(operation).summary().answers());
            }
        }

        private static void line(PrintStream out, String label, LatencyRecorder.Summary s, Duration over) {
            out.printf("%-22s %9d %7d %10s %8.2f %8.2f %8.2f%n", label, s.requests(), s.errors(),
                    over == null ? "" : String.format("%.1f", s.requests() * 1e9 / over.toNanos()),
                    s.p50Nanos() / 1e6, s.p99Nanos() / 1e6, s.maxNanos() / 1e6);
        }
    }
}
