package app.fairpass.demo;

import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.IssuedBoothSignIn;
import app.fairpass.core.account.Roles;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Load-test mode ({@code --spring.profiles.active=load}): an open fair of synthetic job seekers, paired kiosks and
 * booths with sign-ins, made once through the real services (pairing, booth sign-in, registration), and a file for
 * the load harness with the kiosks' device tokens, the booth sign-ins and the pass codes. The file holds secrets
 * and no personal data, is readable by its owner only and is written whole at the end; none of it is logged.
 * It seeds only an empty database: start it with a data folder (or database) of its own.
 */
@Component
@EnableConfigurationProperties(LoadSettings.class)
@ConditionalOnProperty("fairpass.load.enabled")
class LoadFairSeeder implements ApplicationRunner {
    static final String FAIR_NAME = "负载测试专场";
    private static final Logger log = LoggerFactory.getLogger(LoadFairSeeder.class);

    private final FairService fairs;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final KioskService kiosks;
    private final BoothSignInService boothSignIns;
    private final Clock clock;
    private final Path credentialsFile;
    private final int kioskCount;
    private final int boothCount;
    private final int seekerCount;

    LoadFairSeeder(FairService fairs, EmployerService employers, RegistrationService registrations,
            KioskService kiosks, BoothSignInService boothSignIns, Clock clock,
            LoadSettings settings) {
        this.fairs = fairs;
        this.employers = employers;
        this.registrations = registrations;
        this.kiosks = kiosks;
        this.boothSignIns = boothSignIns;
        this.clock = clock;
        this.credentialsFile = settings.credentialsFile();
        this.kioskCount = settings.kiosks();
        this.boothCount = settings.booths();
        this.seekerCount = settings.jobSeekers();
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("load-seeder",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ORGANISER))));
        try {
            List<FairInfo> existing = fairs.listFairs();
            if (existing.stream().anyMatch(fair -> fair.name().equals(FAIR_NAME))) {
                log.warn("load fair exists already; its credentials were written to {} when it was made",
                        credentialsFile);
                return;
            }
            if (!existing.isEmpty()) {
                // Thousands of synthetic people have no place in a real fair's database.
                log.warn("load mode seeds only an empty database; this one has fairs, nothing was added");
                return;
            }
            long started = System.nanoTime();
            List<String> lines = seed();
            write(lines);
            log.warn("load fair ready in {} s: {} kiosks, {} booths, {} job seekers; credentials in {}",
                    (System.nanoTime() - started) / 1_000_000_000, kioskCount, boothCount, seekerCount,
                    credentialsFile);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The file's lines: {@code fair <id>}, {@code kiosk <device token>}, {@code booth <user> <password>}, {@code pass <code>}. */
    private List<String> seed() {
        FairInfo fair = fairs.createFair(new NewFair(null, FAIR_NAME, "负载测试场馆", LocalDate.now(clock),
                LocalTime.MIN, LocalTime.of(23, 59)));
        fairs.changeStatus(fair.id(), FairStatus.OPEN);
        List<String> lines = new ArrayList<>();
        lines.add("# FairPass load-test credentials (secrets, no personal data): delete after the run");
        lines.add("fair " + fair.id());
        for (int i = 1; i <= kioskCount; i++) {
            KioskInfo kiosk = kiosks.create(new NewKiosk(fair.id(), "负载签到机 " + i, null, PrintMode.NONE, null,
                    "LABEL_62X100"));
            lines.add("kiosk " + kiosks.pair(kiosks.newPairingCode(kiosk.id()).code()).orElseThrow().deviceToken());
        }
        for (int i = 1; i <= boothCount; i++) {
            long employer = employers.employer("负载测试单位 " + i, null, null);
            IssuedBoothSignIn signIn = boothSignIns.issue(employers.addBooth(fair.id(), employer, "L" + i));
            lines.add("booth " + signIn.username() + " " + signIn.password());
        }
        for (int i = 0; i < seekerCount; i++) {
            // Synthetic people: a numbered name and a made-up, distinct mobile number each.
            var registration = new SeekerRegistration("负载测试者 " + i, "1990" + String.format("%07d", i),
                    Education.BACHELOR, Set.of(), null, true, true, false);
            lines.add("pass " + registrations.register(fair.id(), registration, Channel.IMPORT).pass().code().text());
        }
        return lines;
    }

    private void write(List<String> lines) {
        try {
            Path folder = credentialsFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "load-credentials", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(partial, lines);
            Files.move(partial, credentialsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + credentialsFile, e);
        }
    }
}
