package app.fairpass.core.checkin;

import static app.fairpass.core.TestFair.asKiosk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class CheckInServiceTest {
    @Autowired
    CheckInService checkIns;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    FairInfo fair;
    KioskInfo kiosk;
    PassRef pass;

    @BeforeEach
    void fair() {
        fair = testFair.openFair("签到测试 " + UUID.randomUUID());
        kiosk = testFair.kiosk(fair.id());
        pass = testFair.register(fair.id(), "陈喆", "COLLEGE_GRADUATE");
    }

    @Test
    void checksInAValidPassOnceAndRemembersWhereAndWhen() {
        CheckInResult first = scan(pass.code().text(), "n1");
        CheckInResult second = scan(pass.code().text(), "n2");

        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(first.seeker().name()).isEqualTo("陈喆");
        assertThat(second.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(second.firstAt()).isEqualTo(first.firstAt());
        assertThat(second.firstKiosk()).isEqualTo(kiosk.name());
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(scanLogRows()).isEqualTo(2);
    }

    @Test
    void theSameNonceTwiceGivesOneRecordAndTheSameAnswer() {
        CheckInResult first = scan(pass.code().text(), "same-nonce");
        CheckInResult again = scan(pass.code().text(), "same-nonce");

        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(again).isEqualTo(first);
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(scanLogRows()).isEqualTo(1);
    }

    /** Two kiosks scan one pass within 50 ms of each other (the second a random 0–50 ms later), 20 rounds. */
    @Test
    void twoKiosksWithin50MsGiveExactlyOneFirstEntry() throws Exception {
        KioskInfo other = testFair.kiosk(fair.id());
        Random jitter = new Random(7);
        for (int round = 0; round < 20; round++) {
            PassRef racer = testFair.register(fair.id(), "并发" + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Map<KioskInfo, Integer> delays = Map.of(kiosk, 0, other, jitter.nextInt(51));
            try {
                List<Future<CheckInResult>> results = new ArrayList<>();
                for (KioskInfo at : List.of(kiosk, other)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        sleep(delays.get(at));
                        return asKiosk(at, () -> checkIns.checkIn(new CheckInRequest(at.id(), racer.code().text(),
                                UUID.randomUUID().toString(), Instant.now())));
                    }));
                }
                start.countDown();
                List<CheckInOutcome> outcomes = new ArrayList<>();
                for (Future<CheckInResult> result : results) {
                    outcomes.add(result.get().outcome());
                }
                assertThat(outcomes).containsExactlyInAnyOrder(CheckInOutcome.CHECKED_IN,
                        CheckInOutcome.ALREADY_CHECKED_IN);
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(racer.passId())
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void theSameNonceFromTwoThreadsAtOnceGivesOneAnswer() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CheckInResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return scan(pass.code().text(), "twin");
                }));
            }
            start.countDown();
            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
            assertThat(results.get(0).get().outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        } finally {
            pool.shutdownNow();
        }
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(scanLogRows()).isEqualTo(1);
    }

    /**
     * At a busy entrance people hold up payment or health codes by mistake, or a damaged pass: each is answered
     * INVALID_CODE and logged, and the next real pass is checked in however many came before it.
     */
    @Test
    void fiftyUnreadableOrForgedCodesInAMinuteNeverKeepAValidPassOut() {
        String code = pass.code().text();
        List<String> notPasses = List.of("https://qr.alipay.com/fkx11496tlbjgbbvxglxy4a", "wxp://f2f0Z3mQ7yJ9x",
                "健康码:绿码", code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0"), "");
        for (int i = 0; i < 50; i++) {
            assertThat(scan(notPasses.get(i % notPasses.size()), "junk" + i).outcome()).as("scan %d", i)
                    .isEqualTo(CheckInOutcome.INVALID_CODE);
        }

        CheckInResult valid = scan(code, "valid-after-junk");

        assertThat(valid.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(valid.seeker().name()).isEqualTo("陈喆");
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT outcome, COUNT(*) FROM scan_log WHERE kiosk_id = ? GROUP BY outcome")
                .param(kiosk.id()).query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactlyInAnyOrder("INVALID_CODE=50", "CHECKED_IN=1");
        assertThat(scan("NOT-A-PASS", "junk-after-valid").outcome()).isEqualTo(CheckInOutcome.INVALID_CODE);
    }

    /**
     * The database stalls for 2 seconds (another transaction holds the row this pass's first entry needs) while
     * the person, seeing nothing happen, scans again: both scans wait it out, one first entry, no error.
     */
    @Test
    void aTwoSecondStallWhileThePersonScansTwiceGivesOneEntryAndTwoAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch stalled = new CountDownLatch(1);
        try {
            Future<?> stall = pool.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO check_in (fair_id, pass_id, kiosk_id, checked_in_at) VALUES (?, ?, ?, ?)")
                        .params(fair.id(), pass.passId(), kiosk.id(), OffsetDateTime.now(ZoneOffset.UTC)).update();
                stalled.countDown();
                sleep(2_000);
                status.setRollbackOnly();
            }));
            assertThat(stalled.await(10, TimeUnit.SECONDS)).as("the stall began").isTrue();
            long started = System.nanoTime();
            Future<CheckInResult> firstTap = pool.submit(() -> scan(pass.code().text(), "tap-1"));
            sleep(300);
            Future<CheckInResult> secondTap = pool.submit(() -> scan(pass.code().text(), "tap-2"));

            List<CheckInOutcome> outcomes = List.of(firstTap.get().outcome(), secondTap.get().outcome());
            stall.get();

            assertThat(outcomes).containsExactlyInAnyOrder(CheckInOutcome.CHECKED_IN,
                    CheckInOutcome.ALREADY_CHECKED_IN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("both waited for the stall")
                    .isGreaterThan(Duration.ofMillis(1_500));
        } finally {
            pool.shutdownNow();
        }
        assertThat(checkInRows()).isEqualTo(1);
        assertThat(scanLogRows()).isEqualTo(2);
    }

    @Test
    void aScannerMangledValidCodeIsCleanedAndAccepted() {
        String code = pass.code().text();
        String mangled = "]Q1 " + code.substring(0, 10).toLowerCase() + "\t" + code.substring(10) + "\r\n";

        assertThat(scan(mangled, "mangled").outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
    }

    @Test
    void aFullWidthCodeTypedThroughAnInputMethodIsAccepted() {
        StringBuilder fullWidth = new StringBuilder();
        pass.code().text().chars().forEach(c -> fullWidth.append((char) (c - 0x21 + 0xFF01)));

        assertThat(scan(fullWidth.toString(), "ime").outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
    }

    static List<Object[]> rejected() {
        return List.of(
                new Object[] {"empty", CheckInOutcome.INVALID_CODE},
                new Object[] {"10 KB", CheckInOutcome.INVALID_CODE},
                new Object[] {"control characters", CheckInOutcome.INVALID_CODE},
                new Object[] {"forged MAC", CheckInOutcome.INVALID_CODE},
                new Object[] {"another fair's pass", CheckInOutcome.WRONG_FAIR},
                new Object[] {"SQL", CheckInOutcome.INVALID_CODE});
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @MethodSource("rejected")
    void badInputGetsItsOutcomeAndWritesOnlyTheScanLog(String kind, CheckInOutcome expected) {
        String code = pass.code().text();
        String input = switch (kind) {
            case "empty" -> "";
            case "10 KB" -> code.repeat(10_240 / code.length() + 1);
            case "control characters" -> "\u0000\u0007\u001b[2J\u007f";
            case "forged MAC" -> code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
            case "another fair's pass" -> {
                FairInfo other = testFair.openFair("别的招聘会 " + UUID.randomUUID());
                yield testFair.register(other.id(), "张燕").code().text();
            }
            case "SQL" -> "FP1' OR '1'='1";
            default -> throw new IllegalArgumentException(kind);
        };

        CheckInResult result = scan(input, "bad");

        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(checkInRows()).isZero();
        assertThat(scanLogRows()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT outcome FROM scan_log WHERE kiosk_id = ?").param(kiosk.id()).query(String.class)
                .single()).isEqualTo(expected.name());
    }

    @Test
    void anotherFairsPassNamesThatFair() {
        FairInfo other = testFair.openFair("吴江区春季招聘会 " + UUID.randomUUID());
        PassRef elsewhere = testFair.register(other.id(), "张燕");

        assertThat(scan(elsewhere.code().text(), "w").otherFairName()).isEqualTo(other.name());
    }

    @Test
    void aKioskCannotCheckInAsAnotherKioskNorCanAKioskAccountWithoutDevice() {
        KioskInfo other = testFair.kiosk(fair.id());
        CheckInRequest asOther = new CheckInRequest(other.id(), pass.code().text(), "x", null);

        assertThatThrownBy(() -> asKiosk(kiosk, () -> checkIns.checkIn(asOther)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestFair.asKiosk(() -> checkIns.checkIn(asOther)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scanLogRows()).isZero();
    }

    @Test
    void aReprintIsAuditedOnlyOnceHandedToThePrinterAndABadgeThatDidNotPrintSaysWhy() {
        scan(pass.code().text(), "r1");

        asKiosk(kiosk, () -> {
            checkIns.recordBadgePrint(kiosk.id(), pass.passId(), BadgePrint.printed(false));
            checkIns.recordBadgePrint(kiosk.id(), pass.passId(), BadgePrint.failed(true, "frame did not load"));
            checkIns.recordBadgePrint(kiosk.id(), pass.passId(), BadgePrint.printed(true));
            return null;
        });

        assertThat(jdbc.sql("SELECT action || ' ' || detail FROM audit_log WHERE action LIKE 'BADGE%' AND target = ?"
                + " ORDER BY id").param("pass:" + pass.passId()).query(String.class).list()).containsExactly(
                "BADGE_NOT_PRINTED kiosk:" + kiosk.id() + ", reprint: frame did not load",
                "BADGE_REPRINTED kiosk:" + kiosk.id());
        assertThat(checkInRows()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CheckInResult scan(String raw, String nonce) {
        return asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(), raw, nonce, Instant.now())));
    }

    private long checkInRows() {
        return jdbc.sql("SELECT COUNT(*) FROM check_in WHERE fair_id = ?").param(fair.id()).query(Long.class).single();
    }

    private long scanLogRows() {
        return jdbc.sql("SELECT COUNT(*) FROM scan_log WHERE kiosk_id = ?").param(kiosk.id()).query(Long.class)
                .single();
    }
}
