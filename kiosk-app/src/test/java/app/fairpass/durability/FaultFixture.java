package app.fairpass.durability;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.kiosk.KioskFixture;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * In a server started for a fault test (profile {@code fault-test}): on first start, an open fair with a paired
 * kiosk, one booth account and registered people, made through the real services; what a device needs to call the
 * API is written to {@code fault-fixture.properties} in the data folder for the test to read.
 */
@Component
@Profile("fault-test")
class FaultFixture implements ApplicationRunner {
    static final String FILE = "fault-fixture.properties";
    static final int PEOPLE = 600;
    static final String BOOTH_PASSWORD = "booth-password-fault";
    private final KioskFixture kiosks;
    private final EmployerService employers;
    private final AccountService accounts;
    private final Path dataDir;

    FaultFixture(KioskFixture kiosks, EmployerService employers, AccountService accounts,
            @Value("${fairpass.data-dir}") Path dataDir) {
        this.kiosks = kiosks;
        this.employers = employers;
        this.accounts = accounts;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return;
        }
        FairInfo fair = kiosks.fair("断电演练", FairStatus.OPEN);
        String deviceToken = kiosks.pairedKiosk(fair.id(), PrintMode.NONE, null).deviceToken();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("fixture", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            long employer = employers.employer("吴江恒力纺织有限公司", null, null);
            employers.addBooth(fair.id(), employer, "A01");
            accounts.createEmployerAccount(employer, new NewAccount("booth-a01", "恒力招聘专员", BOOTH_PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            codes.add(kiosks.register(fair.id(), "求职者" + i, kiosks.newPhone()).code().text());
        }
        Properties fixture = new Properties();
        fixture.setProperty("fairId", String.valueOf(fair.id()));
        fixture.setProperty("deviceToken", deviceToken);
        fixture.setProperty("boothUser", "booth-a01");
        fixture.setProperty("codes", String.join(",", codes));
        Path written = Files.createTempFile(dataDir, "fixture", ".tmp");
        try (Writer out = Files.newBufferedWriter(written)) {
            fixture.store(out, null);
        }
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    }

    static Properties read(Path dataDir) throws IOException {
        Properties fixture = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE))) {
            fixture.load(in);
        }
        return fixture;
    }
}
