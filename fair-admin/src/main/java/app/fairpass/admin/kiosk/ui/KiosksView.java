package app.fairpass.admin.kiosk.ui;

import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.account.Roles;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PairingCode;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.qr.QrCodes;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The organiser's kiosks: where each stands, how it prints, when it was last seen and how many it checked in
 * today; a new kiosk, a one-time pairing code (digits and QR) for the device, and revoking a device.
 */
@Route(value = "kiosks", layout = OrganiserLayout.class)
@Menu(order = 7, title = "kiosk.admin.title", icon = "vaadin:tablet")
@RolesAllowed(Roles.ORGANISER)
public class KiosksView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final KioskService kiosks;
    private final CheckInService checkIns;
    private final FairService fairs;
    private final Grid<KioskInfo> grid = new Grid<>();
    private Map<Long, String> fairNames = Map.of();
    private Map<Long, Long> checkedInToday = Map.of();

    public KiosksView(KioskService kiosks, CheckInService checkIns, FairService fairs) {
        this.kiosks = kiosks;
        this.checkIns = checkIns;
        this.fairs = fairs;
        setSizeFull();
        grid.setId("kiosks");
        // The fair's name takes the room left by the short columns; how a kiosk prints and how it is doing are one
        // column each, so that the whole row fits a 1280 px screen beside the menu.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.addColumn(KioskInfo::name).setHeader(getTranslation("kiosk.admin.name")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(KioskInfo::location).setHeader(getTranslation("kiosk.admin.location")).setWidth("6rem")
                .setFlexGrow(1);
        grid.addColumn(k -> k.fairId() == null ? "" : fairNames.getOrDefault(k.fairId(), ""))
                .setHeader(getTranslation("kiosk.admin.fair")).setWidth("14rem").setFlexGrow(4);
        grid.addColumn(this::printing).setHeader(getTranslation("kiosk.admin.print-mode")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(this::state).setHeader(getTranslation("kiosk.admin.state")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(k -> checkedInToday.getOrDefault(k.id(), 0L)).setHeader(getTranslation("kiosk.admin.today"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("kiosk.admin.none"));
        Button create = new Button(getTranslation("kiosk.admin.create"), click -> openCreate());
        create.setId("kiosk-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("kiosk.admin.title")), create), grid);
        refresh();
    }

    /** How it prints: the mode, the server's queue if it has one, the label stock. */
    private String printing(KioskInfo kiosk) {
        return Stream.of(getTranslation("kiosk.admin.print-mode." + kiosk.printMode()), kiosk.printerQueue(),
                getTranslation("kiosk.admin.stock." + kiosk.badgeStock())).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    /** Paired or not, and when it was last seen. */
    private String state(KioskInfo kiosk) {
        String state = getTranslation(kiosk.revoked() ? "kiosk.admin.state.revoked"
                : kiosk.paired() ? "kiosk.admin.state.paired" : "kiosk.admin.state.unpaired");
        return kiosk.lastSeenAt() == null ? state
                : getTranslation("kiosk.admin.state.seen", state,
                        SEEN.format(kiosk.lastSeenAt().atZone(ZoneId.systemDefault())));
    }

    private Component actions(KioskInfo kiosk) {
        Button pair = new Button(getTranslation("kiosk.admin.pair"), click -> showPairingCode(kiosk));
        pair.setId("pair-" + kiosk.id());
        pair.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button revoke = new Button(getTranslation("kiosk.admin.revoke"), click -> confirmRevoke(kiosk));
        revoke.setId("revoke-" + kiosk.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(kiosk.paired());
        return new HorizontalLayout(pair, revoke);
    }

    private void showPairingCode(KioskInfo kiosk) {
        PairingCode code = kiosks.newPairingCode(kiosk.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("kiosk.admin.pair.title", kiosk.name()));
        Span digits = new Span(code.code().substring(0, 4) + " " + code.code().substring(4));
        digits.setId("pairing-code");
        digits.getStyle().set("font-size", "48px").set("letter-spacing", "6px").set("font-weight", "700");
        Div qr = new Div();
        qr.getElement().setProperty("innerHTML", svg(code.code()));
        qr.setWidth("220px");
        String expires = DateTimeFormatter.ofPattern("HH:mm").format(code.expiresAt().atZone(ZoneId.systemDefault()));
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("kiosk.admin.pair.text")), digits, qr,
                new Paragraph(getTranslation("kiosk.admin.pair.expires", expires))));
        dialog.getFooter().add(new Button(getTranslation("kiosk.admin.close"), click -> dialog.close()));
        dialog.open();
    }

    private void confirmRevoke(KioskInfo kiosk) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("kiosk.admin.revoke.title"),
                getTranslation("kiosk.admin.revoke.text", kiosk.name()), getTranslation("kiosk.admin.revoke"),
                confirmed -> {
                    kiosks.revoke(kiosk.id());
                    Notification.show(getTranslation("kiosk.admin.revoked", kiosk.name()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("kiosk.admin.create"));
        TextField name = new TextField(getTranslation("kiosk.admin.name"));
        name.setId("new-kiosk-name");
        name.setMaxLength(60);
        TextField location = new TextField(getTranslation("kiosk.admin.location"));
        location.setId("new-kiosk-location");
        location.setMaxLength(100);
        Select<FairInfo> fair = new Select<>();
        fair.setLabel(getTranslation("kiosk.admin.fair"));
        fair.setItems(fairs.listFairs());
        fair.setItemLabelGenerator(FairInfo::name);
        Select<PrintMode> mode = new Select<>();
        mode.setLabel(getTranslation("kiosk.admin.print-mode"));
        mode.setItems(PrintMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("kiosk.admin.print-mode." + m));
        mode.setValue(PrintMode.BROWSER);
        TextField queue = new TextField(getTranslation("kiosk.admin.printer"));
        queue.setId("new-kiosk-queue");
        queue.setHelperText(getTranslation("kiosk.admin.printer.help"));
        queue.setMaxLength(100);
        Select<BadgeStock> stock = new Select<>();
        stock.setLabel(getTranslation("kiosk.admin.stock"));
        stock.setItems(List.of(BadgeStock.LABEL_62X100, BadgeStock.LABEL_4X3_IN, BadgeStock.A6));
        stock.setItemLabelGenerator(choice -> getTranslation("kiosk.admin.stock." + choice));
        stock.setValue(BadgeStock.LABEL_62X100);
        Button save = new Button(getTranslation("kiosk.admin.save"), click -> {
            boolean needsQueue = mode.getValue() == PrintMode.SERVER_QUEUE && queue.getValue().isBlank();
            String newName = name.getValue().strip();
            Optional<String> nameProblem = newName.isEmpty() ? Optional.of(getTranslation("kiosk.admin.required"))
                    : TextRules.problem(this, newName, 60, false)
                    .or(() -> kiosks.isNameTaken(newName) ? Optional.of(getTranslation("kiosk.admin.name-taken"))
                            : Optional.empty());
            Optional<String> queueProblem = needsQueue ? Optional.of(getTranslation("kiosk.admin.printer.required"))
                    : TextRules.problem(this, queue.getValue(), 100, false);
            boolean valid = TextRules.show(name, nameProblem)
                    & TextRules.show(location, TextRules.problem(this, location.getValue(), 100, false))
                    & TextRules.show(queue, queueProblem);
            if (!valid) {
                return;
            }
            kiosks.create(new NewKiosk(fair.getValue() == null ? null : fair.getValue().id(), newName,
                    location.getValue().strip(), mode.getValue(),
                    queue.getValue().isBlank() ? null : queue.getValue().strip(), stock.getValue().name()));
            dialog.close();
            refresh();
        });
        save.setId("new-kiosk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, location, fair, mode, queue, stock));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        fairNames = fairs.listFairs().stream().collect(Collectors.toMap(FairInfo::id, FairInfo::name));
        checkedInToday = checkIns.checkInsTodayByKiosk();
        grid.setItems(kiosks.list());
    }

    /** The pairing code as a QR code, so a kiosk's USB scanner can type it into the pairing form. */
    static String svg(String content) {
        ByteMatrix modules = QrCodes.encode(content);
        int quiet = QrCodes.QUIET_ZONE_MODULES;
        int size = modules.getWidth() + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    path.append('M').append(x + quiet).append(',').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.admin.title") + " · FairPass";
    }
}
