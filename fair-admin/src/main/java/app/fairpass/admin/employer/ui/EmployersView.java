package app.fairpass.admin.employer.ui;

import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A fair's employers with their booth numbers, and each employer's positions there. */
@Route(value = "employers", layout = OrganiserLayout.class)
@Menu(order = 3, title = "console.nav.employers", icon = "vaadin:building")
@RolesAllowed(Roles.ORGANISER)
public class EmployersView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final FairService fairs;
    private final EmployerService employers;
    private final Grid<BoothInfo> booths = new Grid<>();
    private final Grid<PositionInfo> positions = new Grid<>();
    private final H3 positionsTitle = new H3();
    private final Button addBooth = new Button();
    private final Button addPosition = new Button();
    private FairSelect fair;

    public EmployersView(FairService fairs, EmployerService employers) {
        this.fairs = fairs;
        this.employers = employers;
        setSizeFull();
        booths.setId("booths");
        booths.addColumn(BoothInfo::boothNumber).setHeader(getTranslation("console.booth.number")).setAutoWidth(true);
        booths.addColumn(BoothInfo::employerName).setHeader(getTranslation("console.booth.employer")).setFlexGrow(3);
        booths.addComponentColumn(booth -> new Button(getTranslation("console.edit"),
                click -> new BoothForm(employers, selectedFair(), booth, this::showBooths).open()))
                .setKey("edit").setAutoWidth(true);
        booths.setEmptyStateText(getTranslation("console.booth.none"));
        booths.asSingleSelect().addValueChangeListener(change -> showPositions());
        positions.setId("positions");
        positions.addColumn(PositionInfo::title).setHeader(getTranslation("console.position.title")).setFlexGrow(2);
        positions.addColumn(PositionInfo::headcount).setHeader(getTranslation("console.position.headcount"));
        positions.addColumn(this::salary).setHeader(getTranslation("console.position.salary"));
        positions.addColumn(p -> p.education() == null ? "" : getTranslation("education." + p.education()))
                .setHeader(getTranslation("console.position.education"));
        positions.addColumn(PositionInfo::majorCategory).setHeader(getTranslation("console.position.major"));
        positions.addComponentColumn(position -> new Button(getTranslation("console.edit"),
                click -> new PositionForm(employers, selectedBooth(), position, this::showPositions).open()))
                .setKey("edit").setAutoWidth(true);
        addBooth.setText(getTranslation("console.booth.new"));
        addBooth.setId("new-booth");
        addBooth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addBooth.addClickListener(click -> new BoothForm(employers, selectedFair(), null, this::showBooths).open());
        addPosition.setText(getTranslation("console.position.new"));
        addPosition.setId("new-position");
        addPosition.addClickListener(click ->
                new PositionForm(employers, selectedBooth(), null, this::showPositions).open());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long fairId) {
        removeAll();
        List<FairInfo> all = fairs.listFairs();
        fair = new FairSelect(all, fairId);
        fair.addValueChangeListener(change -> showBooths());
        VerticalLayout positionList = new VerticalLayout(positionsTitle, addPosition, positions);
        positionList.setPadding(false);
        positionList.setWidth("60%");
        positionList.setHeightFull();
        booths.setWidth("40%");
        booths.setHeightFull();
        HorizontalLayout lists = new HorizontalLayout(booths, positionList);
        lists.setSizeFull();
        HorizontalLayout top = new HorizontalLayout(fair, addBooth);
        top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("console.nav.employers")), top, lists);
        showBooths();
    }

    FairInfo selectedFair() {
        return fair.getValue();
    }

    private BoothInfo selectedBooth() {
        return booths.asSingleSelect().getValue();
    }

    private void showBooths() {
        addBooth.setEnabled(selectedFair() != null);
        booths.setItems(selectedFair() == null ? List.of() : employers.booths(selectedFair().id()));
        showPositions();
    }

    private void showPositions() {
        BoothInfo booth = selectedBooth();
        addPosition.setEnabled(booth != null);
        positionsTitle.setText(booth == null ? getTranslation("console.position.choose-booth")
                : getTranslation("console.position.of", booth.employerName(), booth.boothNumber()));
        positions.setItems(booth == null ? List.of() : employers.positionsOf(booth.fairId(), booth.employerId()));
    }

    private String salary(PositionInfo position) {
        if (position.salaryMin() == null && position.salaryMax() == null) {
            return "";
        }
        return (position.salaryMin() == null ? "" : position.salaryMin()) + "–"
                + (position.salaryMax() == null ? "" : position.salaryMax());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.employers") + " · FairPass";
    }
}
