package app.fairpass.measure;

import app.fairpass.KaribuTest;
import app.fairpass.admin.dashboard.ui.DashboardView;
import app.fairpass.booth.ui.BoothView;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignIn;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.kiosk.ui.KioskView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.management.ObjectName;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live heap per open screen with 50 kiosk, 300 booth and 5 dashboard UIs open on the demo fair, each in its own
 * browser session. The running server's views are opened by Karibu-Testing (server side, no browser), every UI and
 * its session held, and the heap is read after full GCs before and after each kind; the class histogram says what
 * the difference is made of.
 * <p>
 * {@code ./mvnw -q -pl kiosk-app -am -Pmeasure verify -DskipTests -Dmeasure=UiMemory}
 */
public final class UiMemory {
    private static final int KIOSKS = 50;
    private static final int BOOTH_UIS = 300;
    private static final int DASHBOARDS = 5;
    private static final FairPassUser ORGANISER = new FairPassUser(0, "measure", "测量", "", Roles.ORGANISER, null,
            true);

    /** Every UI and session opened, so none can be collected. */
    private static final List<Object> OPEN = new ArrayList<>();

    private UiMemory() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext server = MeasuredServer.start(Path.of(args[0], "ui-memory"),
                "--fairpass.demo.enabled=true", "--fairpass.demo.password=measure-only")) {
            Function0<UI> uiFactory = UI::new;
            MockSpringServlet servlet = new MockSpringServlet(KaribuTest.ROUTES, server, uiFactory);
            FairInfo fair = asOrganiser(() -> server.getBean(FairService.class).listFairs().get(0));
            List<Authentication> kiosks = asOrganiser(() -> kiosks(server.getBean(KioskService.class), fair));
            List<Authentication> booths = asOrganiser(() -> boothStaff(server, fair));
            Authentication organiser = signedIn(ORGANISER);

            Consumer<Authentication> kioskUi = auth -> open(servlet, uiFactory, auth, Roles.KIOSK,
                    () -> UI.getCurrent().navigate(KioskView.class));
            Consumer<Authentication> boothUi = auth -> open(servlet, uiFactory, auth, Roles.EMPLOYER,
                    () -> UI.getCurrent().navigate(BoothView.class));
            Consumer<Authentication> dashboardUi = auth -> open(servlet, uiFactory, auth, Roles.ORGANISER,
                    () -> UI.getCurrent().navigate(DashboardView.class, fair.id()));
            // One of each first: loading classes and filling caches happens once, not per UI.
            kioskUi.accept(kiosks.get(0));
            boothUi.accept(booths.get(0));
            dashboardUi.accept(organiser);

            long before = heapAfterGc();
            Map<String, long[]> histogramBefore = histogram();
            System.out.printf("heap after GC with the server up and one UI of each kind: %,d KB%n", before / 1024);
            System.out.println("| UIs | heap after GC, KB | added, KB | per UI, KB |");
            System.out.println("|---|---:|---:|---:|");
            long heap = before;
            heap = measure(KIOSKS + " kiosk", KIOSKS, heap, () -> {
                for (int i = 0; i < KIOSKS; i++) {
                    kioskUi.accept(kiosks.get(i));
                }
            });
            heap = measure(BOOTH_UIS + " booth", BOOTH_UIS, heap, () -> {
                for (int i = 0; i < BOOTH_UIS; i++) {
                    boothUi.accept(booths.get(i % booths.size()));
                }
            });
            heap = measure(DASHBOARDS + " dashboard", DASHBOARDS, heap, () -> {
                for (int i = 0; i < DASHBOARDS; i++) {
                    dashboardUi.accept(organiser);
                }
            });
            System.out.printf("all %,d UIs: %,d KB added, %,d KB per UI%n", KIOSKS + BOOTH_UIS + DASHBOARDS,
                    (heap - before) / 1024, (heap - before) / 1024 / (KIOSKS + BOOTH_UIS + DASHBOARDS));
            printGrowth(histogramBefore, histogram(), 25);
        }
    }

    private static long measure(String label, int count, long heapBefore, Runnable openAll) {
        openAll.run();
        long heap = heapAfterGc();
        System.out.printf("| %s | %,d | %,d | %,d |%n", label, heap / 1024, (heap - heapBefore) / 1024,
                (heap - heapBefore) / 1024 / count);
        return heap;
    }

    /** A new browser session with one UI, signed in, showing a view; held open. */
    private static void open(MockSpringServlet servlet, Function0<UI> uiFactory, Authentication auth, String role,
            Runnable navigate) {
        MockVaadin.setup(uiFactory, servlet);
        KaribuTest.signInCurrentRequest(auth, role);
        navigate.run();
        OPEN.add(UI.getCurrent());
        OPEN.add(VaadinSession.getCurrent());
        SecurityContextHolder.clearContext();
    }

    /** 50 entrance kiosks of the fair, paired, as their devices sign in. */
    private static List<Authentication> kiosks(KioskService kiosks, FairInfo fair) {
        List<Authentication> devices = new ArrayList<>();
        for (int i = 1; i <= KIOSKS; i++) {
            KioskInfo kiosk = kiosks.create(new NewKiosk(fair.id(), "测量签到机-" + i, "入口", PrintMode.BROWSER, null,
                    "LABEL_62X100"));
            KioskPrincipal device = kiosks.pair(kiosks.newPairingCode(kiosk.id()).code()).orElseThrow().kiosk();
            devices.add(new UsernamePasswordAuthenticationToken(device, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK))));
        }
        return devices;
    }

    /** Each booth's sign-in, as its staff are signed in (three phones per booth make 300 booth UIs). */
    private static List<Authentication> boothStaff(ConfigurableApplicationContext server, FairInfo fair) {
        BoothSignInService signIns = server.getBean(BoothSignInService.class);
        AccountService accounts = server.getBean(AccountService.class);
        List<Authentication> staff = new ArrayList<>();
        for (BoothSignIn booth : signIns.list(fair.id())) {
            String username = signIns.issue(booth.boothId()).username();
            staff.add(signedIn((FairPassUser) accounts.loadUserByUsername(username)));
        }
        return staff;
    }

    private static Authentication signedIn(FairPassUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    private static <T> T asOrganiser(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(signedIn(ORGANISER));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@code jcmd <pid> GC.class_histogram}, from inside: class name to {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                classes.put(columns[3], new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])});
            }
        }
        return classes;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int top) {
        System.out.println("| class | instances added | KB added |");
        System.out.println("|---|---:|---:|");
        after.entrySet().stream()
                .sorted((a, b) -> Long.compare(growth(b.getValue(), before.get(b.getKey()))[1],
                        growth(a.getValue(), before.get(a.getKey()))[1]))
                .limit(top)
                .forEach(entry -> {
                    long[] added = growth(entry.getValue(), before.get(entry.getKey()));
                    System.out.printf("| %s | %,d | %,d |%n", entry.getKey(), added[0], added[1] / 1024);
                });
    }

    private static long[] growth(long[] after, long[] before) {
        return before == null ? after : new long[] {after[0] - before[0], after[1] - before[1]};
    }
}
