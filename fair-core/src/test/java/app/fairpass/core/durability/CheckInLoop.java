package app.fairpass.core.durability;

import app.fairpass.core.CoreTestApplication;
import app.fairpass.core.TestFair;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of {@link CrashSafetyTest}: registers and checks in people one after another against a file
 * database, printing {@code CONFIRMED <passId>} only after the check-in committed, until it is killed.
 */
public final class CheckInLoop {

    private CheckInLoop() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SpringApplication app = new SpringApplication(CoreTestApplication.class);
        app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + args[0],
                "--logging.level.root=WARN");
        TestFair testFair = context.getBean(TestFair.class);
        CheckInService checkIns = context.getBean(CheckInService.class);
        FairInfo fair = testFair.openFair("崩溃测试 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        out.println("READY");
        for (int i = 0; ; i++) {
            PassRef pass = testFair.register(fair.id(), "求职者" + i);
            CheckInOutcome outcome = TestFair.asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(),
                    pass.code().text(), UUID.randomUUID().toString(), Instant.now()))).outcome();
            if (outcome == CheckInOutcome.CHECKED_IN) {
                out.println("CONFIRMED " + pass.passId());
            }
        }
    }
}
