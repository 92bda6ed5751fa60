package app.fairpass.booth.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.core.account.Roles;
import app.fairpass.core.booth.BoothCard;
import app.fairpass.core.booth.BoothContext;
import app.fairpass.core.booth.BoothDeskService;
import app.fairpass.core.booth.BoothEntry;
import app.fairpass.core.booth.BoothLookup;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.BoothTotals;
import app.fairpass.core.booth.PositionTally;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.scan.ui.CameraScanner;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The booth desk on an employer's phone: scan or type a badge, see what the person agreed to share, and record
 * "resume received" or "intention reached" with one tap each. Built for one thumb on a 360 px screen.
 */
@Route("booth")
@RolesAllowed(Roles.EMPLOYER)
public class BoothView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BoothDeskService desk;
    private final BoothRecordService recorder;
    private final ZoneId zone;
    private final BoothContext booth;
    private final TextField badge = new TextField();
    private final Div cardArea = new Div();
    private final Span totals = new Span();
    private final TextField search = new TextField();
    private final Grid<BoothEntry> entries = new Grid<>();
    private final Grid<PositionTally> positions = new Grid<>();
    private BoothCard card;
    private String scanned;

    public BoothView(BoothDeskService desk, BoothRecordService recorder, BoothExports exports, Clock clock,
            AuthenticationContext authentication) {
        this.desk = desk;
        this.recorder = recorder;
        this.zone = clock.getZone();
        addClassName("fp-booth");
        setPadding(true);
        setSpacing(false);
        List<BoothContext> booths = desk.openBooths();
        this.booth = booths.isEmpty() ? null : booths.get(0);
        Button language = new Button(getTranslation("common.language.other"),
                click -> LanguageChoice.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(getTranslation("common.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(language, signOut);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(top);
        if (booth == null) {
            add(new H2(getTranslation("booth.no-open-fair.title")),
                    new Paragraph(getTranslation("booth.no-open-fair.text")));
            return;
        }
        H2 title = new H2(getTranslation("booth.title", booth.boothNumber(), booth.employerName()));
        title.addClassName("fp-booth-title");
        Span fair = new Span(booth.fairName());
        fair.addClassName("fp-muted");
        totals.setId("totals");
        totals.addClassName("fp-booth-totals");

        TabSheet tabs = new TabSheet();
        tabs.setId("tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("booth.tab.scan"), scanTab());
        tabs.add(getTranslation("booth.tab.records"), recordsTab(exports));
        tabs.add(getTranslation("booth.tab.positions"), positionsTab());
        tabs.addSelectedChangeListener(change -> refreshLists());
        add(title, fair, totals, tabs);
        refreshLists();
    }

    private VerticalLayout scanTab() {
        badge.setId("badge");
        badge.setLabel(getTranslation("booth.badge.label"));
        badge.setPlaceholder("7K3M-9QX2");
        badge.setHelperText(getTranslation("booth.badge.help"));
        badge.setWidthFull();
        badge.setClearButtonVisible(true);
        badge.getElement().setAttribute("autocapitalize", "characters");
        badge.getElement().setAttribute("autocomplete", "off");
        Button find = new Button(getTranslation("booth.find"), click -> lookup(badge.getValue()));
        find.setId("find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        find.addClickShortcut(Key.ENTER);
        find.setWidthFull();
        cardArea.setId("card");
        cardArea.setWidthFull();
        Div cameraArea = new Div();
        cameraArea.setWidthFull();
        Button camera = new Button(getTranslation("booth.camera.open"));
        camera.setId("camera");
        camera.addThemeVariants(ButtonVariant.LUMO_LARGE);
        camera.setWidthFull();
        camera.addClickListener(click -> {
            // The camera runs only while its component is attached: closing it frees the phone's camera.
            if (cameraArea.getChildren().findAny().isPresent()) {
                cameraArea.removeAll();
                camera.setText(getTranslation("booth.camera.open"));
            } else {
                CameraScanner scanner = new CameraScanner();
                scanner.addScanListener(code -> {
                    badge.clear();
                    lookup(code.code());
                });
                cameraArea.add(scanner);
                camera.setText(getTranslation("booth.camera.close"));
            }
        });
        VerticalLayout tab = new VerticalLayout(camera, cameraArea, badge, find, cardArea);
        tab.setPadding(false);
        return tab;
    }

    /** A badge read by the camera or typed: shows its card. */
    void lookup(String text) {
        BoothLookup result = desk.lookup(booth.fairId(), text);
        cardArea.removeAll();
        card = null;
        switch (result.outcome()) {
            case FOUND -> {
                scanned = text;
                card = result.card();
                cardArea.add(new BoothCardPanel(card, desk.positions(booth.fairId()), zone, this::record));
            }
            case WRONG_FAIR -> cardArea.add(problem("booth.wrong-fair"));
            case UNKNOWN_PASS -> cardArea.add(problem("booth.unknown"));
        }
    }

    private void record(RecordKind kind, Long positionId, String note, Integer rating, String nonce) {
        BoothRecordResult result = recorder.record(new BoothRecordCommand(booth.fairId(), scanned, kind, positionId,
                note, rating, nonce));
        switch (result.outcome()) {
            case RECORDED, UPDATED -> {
                String what = getTranslation("booth.kind." + kind);
                Notification saved = Notification.show(getTranslation(
                        result.outcome() == BoothRecordResult.Outcome.RECORDED ? "booth.saved" : "booth.updated",
                        what, result.shortId()), 3000, Notification.Position.TOP_CENTER);
                saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                lookup(scanned);
                refreshLists();
            }
            case INVALID_POSITION -> showError("booth.invalid-position");
            case UNKNOWN_PASS, WRONG_FAIR, NOT_AT_THIS_FAIR -> showError("booth.unknown");
        }
    }

    private VerticalLayout recordsTab(BoothExports exports) {
        search.setId("search");
        search.setPlaceholder(getTranslation("booth.search"));
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refreshLists());
        entries.setId("entries");
        entries.addColumn(BoothEntry::shortId).setHeader(getTranslation("booth.col.badge")).setAutoWidth(true);
        entries.addColumn(e -> e.name() == null ? getTranslation("booth.not-shared") : e.name())
                .setHeader(getTranslation("booth.col.name")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("booth.kind." + e.kind())).setHeader(getTranslation("booth.col.kind"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.positionTitle() == null ? "" : e.positionTitle())
                .setHeader(getTranslation("booth.col.position"));
        entries.addColumn(e -> TIME.format(e.updatedAt().atZone(zone))).setHeader(getTranslation("booth.col.time"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.rating() == null ? "" : "★".repeat(e.rating()))
                .setHeader(getTranslation("booth.col.rating")).setAutoWidth(true);
        entries.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("booth.col.note"));
        entries.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout(search, exports.buttons(booth), entries);
        tab.setPadding(false);
        return tab;
    }

    private Grid<PositionTally> positionsTab() {
        positions.setId("positions");
        positions.addColumn(PositionTally::title).setHeader(getTranslation("booth.col.position"));
        positions.addColumn(PositionTally::headcount).setHeader(getTranslation("booth.col.headcount")).setAutoWidth(true);
        positions.addColumn(PositionTally::intentions).setHeader(getTranslation("booth.col.intentions"))
                .setAutoWidth(true);
        positions.setAllRowsVisible(true);
        return positions;
    }

    private void refreshLists() {
        List<BoothEntry> all = desk.entries(booth.fairId());
        BoothTotals sums = BoothTotals.of(all);
        totals.setText(getTranslation("booth.totals", sums.resumes(), sums.intentions(), sums.people()));
        entries.setItems(all.stream().filter(entry -> entry.matches(search.getValue())).toList());
        positions.setItems(desk.positions(booth.fairId()));
    }

    private Paragraph problem(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("fp-booth-problem");
        return text;
    }

    private void showError(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booth.page-title") + " · FairPass";
    }
}
