package app.fairpass.admin.dashboard.ui;

import app.fairpass.admin.dashboard.DashboardData;
import app.fairpass.admin.dashboard.LiveFigures;
import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.stats.ArrivalSlot;
import app.fairpass.core.stats.BoothFigures;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.KeyGroupFigures;
import app.fairpass.core.stats.PositionFigures;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The fair's live figures for a projector across the room: huge numbers, arrivals per 15 minutes as bars, key
 * groups, the busiest booths and the positions with most intentions. Updated by server push when they change.
 */
@Route(value = "dashboard", layout = OrganiserLayout.class)
@Menu(order = 6, title = "console.nav.dashboard", icon = "vaadin:dashboard")
@RolesAllowed(Roles.ORGANISER)
public class DashboardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final FairService fairs;
    private final LiveFigures live;
    private final NumberFormat numbers;
    private final Div board = new Div();
    private FairSelect fair;
    private Runnable stopWatching;

    public DashboardView(FairService fairs, LiveFigures live) {
        this.fairs = fairs;
        this.live = live;
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        setSizeFull();
        board.setId("board");
        board.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long fairId) {
        removeAll();
        fair = new FairSelect(fairs.listFairs(), fairId);
        fair.addValueChangeListener(change -> watch());
        add(fair, board);
        if (isAttached()) {
            watch();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        watch();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unwatch();
    }

    private void watch() {
        unwatch();
        if (fair == null || fair.getValue() == null) {
            board.removeAll();
            return;
        }
        UI ui = UI.getCurrent();
        // Called from the timer's thread: change the screen under the session's lock, pushed to the browser.
        stopWatching = live.watch(fair.getValue().id(), data -> ui.access(() -> show(data)));
    }

    private void unwatch() {
        if (stopWatching != null) {
            stopWatching.run();
            stopWatching = null;
        }
    }

    private void show(DashboardData data) {
        FairFigures f = data.figures();
        board.removeAll();
        H2 title = new H2(data.fair().name());
        FlexLayout headline = new FlexLayout(
                figure("checked-in", "console.dashboard.checked-in",
                        numbers.format(f.checkedIn()) + " / " + numbers.format(f.registered())),
                figure("resumes", "figure.resumes", numbers.format(f.resumes())),
                figure("intentions", "console.dashboard.intentions", numbers.format(f.intentions())),
                figure("employers", "console.dashboard.employers", numbers.format(f.employers())),
                figure("positions", "console.dashboard.positions", numbers.format(f.positionsOffered())));
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-l)");
        FlexLayout lists = new FlexLayout(keyGroups(f), booths(data), positions(data));
        lists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lists.getStyle().set("gap", "var(--lumo-space-xl)");
        board.add(title, headline, new H3(getTranslation("console.dashboard.arrivals")), arrivals(f), lists);
    }

    private Component figure(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.setId("figure-" + id);
        number.getStyle().set("font-size", "clamp(2.5rem, 5.5vw, 6rem)").set("font-weight", "700")
                .set("line-height", "1.1").set("color", "var(--lumo-primary-text-color)");
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Div box = new Div(number, new Div(label));
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return box;
    }

    /** A bar per 15 minutes, drawn with plain divs: heights relative to the busiest slot. */
    private Component arrivals(FairFigures f) {
        long max = Math.max(1, f.arrivals().stream().mapToLong(ArrivalSlot::count).max().orElse(1));
        FlexLayout chart = new FlexLayout();
        chart.setId("arrivals");
        chart.setAlignItems(Alignment.END);
        chart.getStyle().set("gap", "4px").set("height", "14rem").set("width", "100%");
        for (ArrivalSlot slot : f.arrivals()) {
            Div bar = new Div();
            bar.getStyle().set("background", "var(--lumo-primary-color)").set("width", "100%")
                    .set("height", (100.0 * slot.count() / max) + "%").set("min-height", "2px");
            Span count = new Span(slot.count() == 0 ? "" : numbers.format(slot.count()));
            // Hours only under the bars: a label per 15 minutes would not fit across a day.
            Span time = new Span(slot.start().getMinute() == 0 ? slot.start().toString() : "\u00a0");
            time.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div column = new Div(count, bar, time);
            column.getStyle().set("flex", "1").set("display", "flex").set("flex-direction", "column")
                    .set("justify-content", "flex-end").set("align-items", "center").set("height", "100%")
                    .set("min-width", "0");
            chart.add(column);
        }
        return chart;
    }

    private Component keyGroups(FairFigures f) {
        Div list = section("key-groups", "console.dashboard.key-groups");
        Locale locale = getLocale();
        for (KeyGroupFigures group : f.byKeyGroup()) {
            String name = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? group.nameEn() : group.nameZh();
            list.add(line(name, getTranslation("console.dashboard.key-group-line", numbers.format(group.checkedIn()),
                    numbers.format(group.registered()), numbers.format(group.intentions()))));
        }
        return list;
    }

    private Component booths(DashboardData data) {
        Div list = section("busiest-booths", "console.dashboard.busiest-booths");
        for (BoothFigures booth : data.busiestBooths()) {
            list.add(line(booth.boothNumber() + " " + booth.employerName(), getTranslation(
                    "console.dashboard.booth-line", numbers.format(booth.resumes()),
                    numbers.format(booth.intentions()))));
        }
        return list;
    }

    private Component positions(DashboardData data) {
        Div list = section("top-positions", "console.dashboard.top-positions");
        for (PositionFigures position : data.topPositions()) {
            list.add(line(position.title() + " · " + position.employerName(),
                    getTranslation("console.dashboard.position-line", numbers.format(position.intentions()))));
        }
        return list;
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        section.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("min-width", "20rem").set("flex", "1");
        return section;
    }

    private static Div line(String what, String figures) {
        Span figure = new Span(figures);
        figure.getStyle().set("font-weight", "700").set("margin-left", "var(--lumo-space-m)");
        return new Div(new Span(what), figure);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.dashboard") + " · FairPass";
    }
}
