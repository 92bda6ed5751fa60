package app.fairpass.kiosk;

import app.fairpass.core.checkin.BadgePrint;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.FoundPass;
import app.fairpass.core.seeker.KeyGroupInfo;
import app.fairpass.core.seeker.PassFinder;
import app.fairpass.core.seeker.RegistrationResult;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerCard;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.printer.PrintJobRequest;
import app.fairpass.printing.printer.PrintResult;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.task.DelegatingSecurityContextTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * What the kiosk screen does, for the kiosk signed in on this request: check in, register a walk-up visitor,
 * find a lost pass, and make its badge. The core services do the checking and the transactions; this class maps
 * their results to badges and sends those to the kiosk's printer.
 */
@Service
@EnableConfigurationProperties(KioskSettings.class)
public class KioskDesk {
    private static final Logger log = LoggerFactory.getLogger(KioskDesk.class);
    private final KioskService kiosks;
    private final FairService fairs;
    private final CheckInService checkIns;
    private final RegistrationService registrations;
    private final PassFinder finder;
    private final SeekerDirectory directory;
    private final BadgePrinters printers;
    private final Clock clock;
    private final Duration resultShownFor;
    /**
     * Printing waits on CUPS, so never on the UI thread: on Spring's task executor (its size is set in
     * application.properties). Each job runs as the kiosk that asked for it, which the audit of its outcome needs;
     * the security context goes through this application's holder strategy, the one its method security reads.
     */
    private final DelegatingSecurityContextTaskExecutor printing;

    KioskDesk(KioskService kiosks, FairService fairs, CheckInService checkIns, RegistrationService registrations,
            PassFinder finder, SeekerDirectory directory, BadgePrinters printers, Clock clock,
            KioskSettings settings,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor tasks,
            SecurityContextHolderStrategy security) {
        this.kiosks = kiosks;
        this.fairs = fairs;
        this.checkIns = checkIns;
        this.registrations = registrations;
        this.finder = finder;
        this.directory = directory;
        this.printers = printers;
        this.clock = clock;
        this.resultShownFor = settings.resultShownFor();
        this.printing = new DelegatingSecurityContextTaskExecutor(tasks);
        this.printing.setSecurityContextHolderStrategy(security);
    }

    /** The kiosk this browser is paired as, with its fair; empty for an unpaired browser. */
    public Optional<KioskSetup> current() {
        return KioskPrincipal.current().flatMap(principal -> kiosks.find(principal.kioskId()))
                .filter(kiosk -> !kiosk.revoked())
                .map(kiosk -> new KioskSetup(kiosk, kiosk.fairId() == null ? null
                        : fairs.find(kiosk.fairId()).orElse(null)));
    }

    public Duration resultShownFor() {
        return resultShownFor;
    }

    public CheckInResult checkIn(KioskSetup kiosk, String rawCode, String nonce) {
        return checkIns.checkIn(new CheckInRequest(kiosk.info().id(), rawCode, validNonce(nonce), null));
    }

    /**
     * Registers a walk-up visitor for the kiosk's fair and checks them in, each step committed before the next.
     * A phone number already known changes nothing ({@code PHONE_ALREADY_KNOWN}): its owner confirms their masked
     * name through "find my pass". A closed fair checks no one in.
     */
    public WalkUpResult registerAndCheckIn(KioskSetup kiosk, SeekerRegistration form) {
        RegistrationResult registered = registrations.register(kiosk.info().fairId(), form, Channel.KIOSK);
        return switch (registered.outcome()) {
            case FAIR_CLOSED, PHONE_ALREADY_KNOWN -> new WalkUpResult(registered.outcome(), null);
            case REGISTERED, ALREADY_REGISTERED -> new WalkUpResult(registered.outcome(),
                    checkIn(kiosk, registered.pass().code().text(), null));
        };
    }

    /** The key groups a walk-up visitor may say they belong to. */
    public List<KeyGroupInfo> keyGroups() {
        return directory.keyGroups();
    }

    public Optional<FoundPass> findByPhone(String phone) {
        return finder.findByPhone(phone);
    }

    /** "Yes, that is me" after {@link #findByPhone}: checks the person in with their pass for this fair. */
    public CheckInResult checkInByPhone(KioskSetup kiosk, String phone) {
        return finder.passByPhone(phone).map(code -> checkIn(kiosk, code, null))
                .orElseGet(() -> CheckInResult.rejected(CheckInOutcome.FAIR_NOT_OPEN));
    }

    /** The badge for an admitted check-in, laid out for the kiosk's stock; a reprint when asked for again. */
    public Badge badge(KioskSetup kiosk, CheckInResult result, boolean reprint) {
        SeekerCard seeker = result.seeker();
        BadgeStock stock = BadgeStock.valueOf(kiosk.info().badgeStock());
        String fairName = kiosk.fair() == null ? "" : kiosk.fair().name();
        byte[] pdf = BadgePdf.render(stock, new BadgeContent(fairName, seeker.name(), seeker.badgeLine(),
                result.pass().code().text(), result.pass().shortId()));
        return new Badge(result.pass().passId(), reprint, stock, pdf);
    }

    /**
     * Sends the badge to the kiosk's server-side printer queue, off the caller's thread, and records what became
     * of it.
     */
    public CompletableFuture<PrintResult> printOnServer(KioskSetup kiosk, Badge badge) {
        String queue = kiosk.info().printerQueue();
        return CompletableFuture.supplyAsync(() -> {
            PrintResult result = printers.forQueue(queue).print(PrintJobRequest.badge(badge.stock(), badge.pdf()));
            recordPrint(kiosk, badge, result.printed() ? null : "printer queue " + queue + ": " + result.message());
            return result;
        }, printing);
    }

    /**
     * What the kiosk browser made of a badge it was to print itself: handed to its print, or not ({@code problem}
     * says why, e.g. the frame did not load the PDF).
     */
    public void printedInBrowser(KioskSetup kiosk, Badge badge, String problem) {
        recordPrint(kiosk, badge, problem == null ? null : "browser print: " + problem);
    }

    private void recordPrint(KioskSetup kiosk, Badge badge, String problem) {
        if (problem != null) {
            log.warn("kiosk {}: badge not printed: {}", kiosk.info().id(), problem);
        }
        checkIns.recordBadgePrint(kiosk.info().id(), badge.passId(), problem == null
                ? BadgePrint.printed(badge.reprint()) : BadgePrint.failed(badge.reprint(), problem));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The browser's nonce when it is one; a fresh one otherwise (a retry then counts as a new scan). */
    private static String validNonce(String nonce) {
        return nonce != null && nonce.matches("[A-Za-z0-9_-]{1,64}") ? nonce : UUID.randomUUID().toString();
    }

    /** A kiosk and its fair (null when the kiosk belongs to no fair). */
    public record KioskSetup(KioskInfo info, FairInfo fair) {
        public boolean prints() {
            return info.printMode() != PrintMode.NONE;
        }
    }

    public record Badge(long passId, boolean reprint, BadgeStock stock, byte[] pdf) {
    }

    /** {@code checkIn} is null when nobody was checked in: the fair is closed, or the phone was already known. */
    public record WalkUpResult(RegistrationResult.Outcome registration, CheckInResult checkIn) {
    }
}
