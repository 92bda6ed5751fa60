package app.fairpass.durability;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.FairPassApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The whole server is killed (SIGKILL) while kiosks check people in and a booth records resumes over the device
 * API, several rounds on one data folder. Every check-in and booth record that a device was answered "saved" is in
 * the database afterwards, and the server starts again on it.
 */
class ServerKillTest {
    private static final int ROUNDS = 3;
    private static final int DEVICES = 4;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> confirmedCheckIns = ConcurrentHashMap.newKeySet();
    private final Set<Long> confirmedRecords = ConcurrentHashMap.newKeySet();
    /** Answers other than a confirmation, e.g. "booth-records 401" or the exception that ended a device: for failures. */
    private final Set<String> otherAnswers = ConcurrentHashMap.newKeySet();

    @Test
    void everythingConfirmedSurvivesKillingTheServerUnderLoad() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "server-kill", String.valueOf(System.nanoTime())))
                .toAbsolutePath();
        Random random = new Random();
        AtomicInteger nextPerson = new AtomicInteger();

        for (int round = 0; round < ROUNDS; round++) {
            int port = freePort();
            Process server = start(dataDir, port);
            try {
                Properties fixture = awaitReady(server, dataDir, port);
                int checkInsBefore = confirmedCheckIns.size();
                int recordsBefore = confirmedRecords.size();
                ExecutorService devices = Executors.newFixedThreadPool(DEVICES);
                for (int device = 0; device < DEVICES; device++) {
                    devices.submit(() -> work(port, fixture, nextPerson));
                }
                // Kill at a random moment once both kinds of write are flowing: between two requests or in one.
                int killAfter = 10 + random.nextInt(60);
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while ((confirmedCheckIns.size() - checkInsBefore < killAfter
                        || confirmedRecords.size() - recordsBefore < killAfter / 4) && System.nanoTime() < giveUp) {
                    Thread.sleep(5);
                }
                server.destroyForcibly();
                devices.shutdown();
                assertThat(devices.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
                assertThat(confirmedCheckIns.size()).as("round %d confirmed check-ins; answers %s", round, otherAnswers)
                        .isGreaterThan(checkInsBefore);
                assertThat(confirmedRecords.size()).as("round %d confirmed booth records; answers %s", round,
                        otherAnswers)
                        .isGreaterThan(recordsBefore);
            } finally {
                server.destroyForcibly();
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            String url = "jdbc:h2:file:" + dataDir.resolve("fairpass") + ";WRITE_DELAY=0";
            assertThat(column(url, "SELECT p.short_id FROM check_in c JOIN pass p ON p.id = c.pass_id", String.class))
                    .as("after round %d", round).containsAll(confirmedCheckIns);
            assertThat(column(url, "SELECT id FROM booth_record", Long.class)).as("after round %d", round)
                    .containsAll(confirmedRecords);
        }
    }

    /** One device: check a person in, then record their resume at the booth, until the server is gone. */
    private void work(int port, Properties fixture, AtomicInteger nextPerson) {
        List<String> codes = List.of(fixture.getProperty("codes").split(","));
        String booth = "Basic " + Base64.getEncoder().encodeToString((fixture.getProperty("boothUser") + ":"
                + FaultFixture.BOOTH_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            for (int person = nextPerson.getAndIncrement(); person < codes.size();
                    person = nextPerson.getAndIncrement()) {
                String code = codes.get(person);
                JsonNode checkIn = post(port, "/api/v1/check-ins", "Bearer " + fixture.getProperty("deviceToken"),
                        "{\"code\":\"" + code + "\",\"nonce\":\"kill-" + person + "\"}");
                if (checkIn != null && checkIn.path("outcome").asText().equals("CHECKED_IN")) {
                    confirmedCheckIns.add(checkIn.path("shortId").asText().replace("-", ""));
                }
                JsonNode record = post(port, "/api/v1/booth-records", booth, "{\"fairId\":"
                        + fixture.getProperty("fairId") + ",\"badge\":\"" + code + "\",\"kind\":\"RESUME\","
                        + "\"nonce\":\"resume-" + person + "\"}");
                if (record != null && record.path("outcome").asText().equals("RECORDED")) {
                    confirmedRecords.add(record.path("recordId").asLong());
                }
            }
        } catch (IOException serverGone) {
            // The kill: whatever was not answered was never confirmed.
            otherAnswers.add(serverGone.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answer of a 200, or null for any other status. */
    private JsonNode post(int port, String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            otherAnswers.add(path + " " + response.statusCode() + " " + response.body());
            return null;
        }
        JsonNode answer = json.readTree(response.body());
        otherAnswers.add(path + " " + answer.path("outcome").asText());
        return answer;
    }

    private static Process start(Path dataDir, int port) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx768m", "-Djava.io.tmpdir=target",
                FairPassApplication.class.getName(),
                "--spring.profiles.active=fault-test", "--fairpass.data-dir=" + dataDir,
                "--server.address=127.0.0.1", "--server.port=" + port, "--fairpass.https.enabled=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server-" + port + ".log").toFile())
                .start();
    }

    private Properties awaitReady(Process server, Path dataDir, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server running, see %s", dataDir).isTrue();
            if (Files.exists(dataDir.resolve(FaultFixture.FILE))) {
                try {
                    HttpResponse<Void> probe = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/fairs/0/figures"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (probe.statusCode() == 401) {
                        return FaultFixture.read(dataDir);
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not start within 3 minutes, see " + dataDir);
    }

    private static <T> List<T> column(String url, String query, Class<T> type) throws Exception {
        List<T> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getObject(1, type));
            }
        }
        return values;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
