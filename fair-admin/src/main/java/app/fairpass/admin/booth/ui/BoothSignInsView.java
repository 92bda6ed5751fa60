package app.fairpass.admin.booth.ui;

import app.fairpass.admin.ui.Downloads;
import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.BoothSignIn;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.IssuedBoothSignIn;
import app.fairpass.core.account.Roles;
import app.fairpass.core.export.ExportFile;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.printing.boothsheet.BoothSheetContent;
import app.fairpass.printing.boothsheet.BoothSheetPdf;
import app.fairpass.printing.text.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Booth sign-ins: the organiser issues each employer's booth an account and prints its sheet, whose QR opens the
 * booth page on a phone. The password is shown once, on screen and on the sheet.
 */
@Route(value = "booth-sign-ins", layout = OrganiserLayout.class)
@Menu(order = 4, title = "booth-sign-in.title", icon = "vaadin:key")
@RolesAllowed(Roles.ORGANISER)
public class BoothSignInsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final BoothSignInService signIns;
    private final Clock clock;
    private final String boothUrl;
    private final FairSelect fair;
    private final Grid<BoothSignIn> grid = new Grid<>();

    public BoothSignInsView(BoothSignInService signIns, FairService fairs, Clock clock) {
        this.signIns = signIns;
        this.clock = clock;
        this.boothUrl = boothUrl();
        fair = new FairSelect(fairs.listFairs(), null);
        fair.addValueChangeListener(change -> refresh());
        grid.setId("booth-sign-ins");
        grid.addColumn(BoothSignIn::boothNumber).setHeader(getTranslation("booth-sign-in.booth")).setAutoWidth(true);
        grid.addColumn(BoothSignIn::employerName).setHeader(getTranslation("booth-sign-in.employer")).setFlexGrow(3);
        grid.addColumn(row -> row.username() == null ? "" : row.username())
                .setHeader(getTranslation("booth-sign-in.username")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("booth-sign-in.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        add(new H2(getTranslation("booth-sign-in.title")), new Paragraph(getTranslation("booth-sign-in.intro")), fair,
                grid);
        setSizeFull();
        refresh();
    }

    private String status(BoothSignIn row) {
        if (row.accountId() == null) {
            return getTranslation("booth-sign-in.none");
        }
        if (!row.enabled()) {
            return getTranslation("booth-sign-in.disabled");
        }
        return row.lastSignInAt() == null ? getTranslation("booth-sign-in.never")
                : getTranslation("booth-sign-in.last", WHEN.format(row.lastSignInAt().atZone(clock.getZone())));
    }

    private Component actions(BoothSignIn row) {
        Button issue = new Button(getTranslation(row.accountId() == null ? "booth-sign-in.issue"
                : "booth-sign-in.reissue"), click -> show(signIns.issue(row.boothId())));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(issue);
        if (row.accountId() != null && row.enabled()) {
            Button disable = new Button(getTranslation("booth-sign-in.disable"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("booth-sign-in.disable"),
                        getTranslation("booth-sign-in.disable.confirm", row.employerName()),
                        getTranslation("booth-sign-in.disable"), yes -> {
                            signIns.disable(row.accountId());
                            refresh();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(disable);
        }
        return actions;
    }

    /** The new password, shown once, and the booth sheet to print. */
    private void show(IssuedBoothSignIn issued) {
        refresh();
        Dialog dialog = new Dialog();
        dialog.setId("issued");
        dialog.setHeaderTitle(getTranslation("booth-sign-in.issued", issued.boothNumber(), issued.employerName()));
        Paragraph username = new Paragraph(getTranslation("booth-sign-in.username") + "：" + issued.username());
        username.setId("issued-username");
        Span password = new Span(issued.password());
        password.setId("issued-password");
        Language language = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? Language.EN : Language.ZH;
        byte[] sheet = BoothSheetPdf.render(new BoothSheetContent(issued.fairName(), issued.employerName(),
                issued.boothNumber(), boothUrl, issued.username(), issued.password()), language);
        password.addClassName("fp-secret");
        dialog.add(new VerticalLayout(username,
                new Paragraph(getTranslation("booth-sign-in.password") + "："), password,
                new Paragraph(getTranslation("booth-sign-in.once")),
                Downloads.link("booth-sheet", getTranslation("booth-sign-in.sheet"),
                        () -> new ExportFile("booth-" + issued.boothNumber() + ".pdf", "application/pdf", sheet))));
        Button close = new Button(getTranslation("common.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void refresh() {
        FairInfo chosen = fair.getValue();
        grid.setItems(chosen == null ? java.util.List.of() : signIns.list(chosen.id()));
    }

    /** Phones reach the server by the address the organiser's browser used. */
    private static String boothUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/booth";
        }
        String host = request.getHeader("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + (host == null ? "localhost" : host) + request.getContextPath() + "/booth";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booth-sign-in.title") + " · FairPass";
    }
}
