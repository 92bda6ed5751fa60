package app.fairpass.admin.seeker.ui;

import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.KeyGroupNames;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The people registered for a fair, searchable by name or phone, with pass and check-in. */
@Route(value = "seekers", layout = OrganiserLayout.class)
@Menu(order = 5, title = "console.nav.seekers", icon = "vaadin:users")
@RolesAllowed(Roles.ORGANISER)
public class SeekersView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    /** A search narrows the list; the first page is enough to find one person at the desk. */
    static final int LIMIT = 500;
    /** As long as a stored name: a longer search cannot match anyone. */
    private static final int SEARCH_MAX = 60;
    private final FairService fairs;
    private final SeekerAdminService seekers;
    private final KeyGroupNames keyGroups;
    private final Grid<SeekerRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private FairSelect fair;

    public SeekersView(FairService fairs, SeekerAdminService seekers, SeekerDirectory directory) {
        this.fairs = fairs;
        this.seekers = seekers;
        this.keyGroups = new KeyGroupNames(directory.keyGroups(), getLocale());
        setSizeFull();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
        grid.setId("seekers");
        grid.addColumn(SeekerRow::name).setHeader(getTranslation("console.seeker.name"));
        grid.addColumn(SeekerRow::phone).setHeader(getTranslation("console.seeker.phone"));
        grid.addColumn(row -> keyGroups.join(row.keyGroups())).setHeader(getTranslation("console.seeker.key-groups"))
                .setFlexGrow(2);
        grid.addColumn(SeekerRow::passShortId).setHeader(getTranslation("console.seeker.pass"));
        grid.addColumn(row -> row.checkedInAt() == null ? getTranslation("console.seeker.not-checked-in")
                : getTranslation("console.seeker.checked-in-at", time.format(row.checkedInAt())))
                .setHeader(getTranslation("console.seeker.checked-in")).setKey("checked-in");
        grid.setEmptyStateText(getTranslation("console.seeker.none"));
        search.setId("search");
        search.setPlaceholder(getTranslation("console.seeker.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long fairId) {
        removeAll();
        fair = new FairSelect(fairs.listFairs(), fairId);
        fair.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation("console.nav.seekers")), new HorizontalLayout(fair, search), grid);
        refresh();
    }

    private void refresh() {
        boolean searchable = TextRules.show(search, TextRules.problem(this, search.getValue(), SEARCH_MAX, false));
        grid.setItems(fair.getValue() == null || !searchable ? List.of()
                : seekers.search(fair.getValue().id(), search.getValue(), LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.seekers") + " · FairPass";
    }
}
