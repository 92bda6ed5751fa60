package app.fairpass.admin.audit.ui;

import app.fairpass.admin.i18n.MessageSourceI18NProvider;
import app.fairpass.admin.ui.Forms;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditEvent;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.retention.RetentionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Data protection: who did what (the audit log, filtered by action) and the retention purge of personal data. */
@Route(value = "audit", layout = OrganiserLayout.class)
@Menu(order = 11, title = "console.nav.audit", icon = "vaadin:records")
@RolesAllowed(Roles.ORGANISER)
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    static final int LIMIT = 500;
    private final AuditLog audit;
    private final RetentionService retention;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final Paragraph due = new Paragraph();
    private final MessageSourceI18NProvider translations;

    public AuditView(AuditLog audit, RetentionService retention, MessageSourceI18NProvider translations) {
        this.audit = audit;
        this.retention = retention;
        this.translations = translations;
        setSizeFull();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        Button purge = new Button(getTranslation("console.retention.purge"), click -> confirmPurge());
        purge.setId("purge");
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        due.setId("purge-due");
        action.setId("action");
        action.setLabel(getTranslation("console.audit.action"));
        action.setClearButtonVisible(true);
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.addValueChangeListener(change -> refresh());
        grid.setId("audit");
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("console.audit.at")).setAutoWidth(true);
        grid.addColumn(e -> actorLabel(e.actor())).setHeader(getTranslation("console.audit.actor"));
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("console.audit.action"));
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("console.audit.target"));
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("console.audit.detail")).setFlexGrow(2);
        add(new H2(getTranslation("console.nav.audit")), new H3(getTranslation("console.retention.title")),
                new Paragraph(getTranslation("console.retention.explained", retention.retentionDays())), due, purge,
                new H3(getTranslation("console.audit.title")), action, grid);
        refresh();
    }

    /** An action in the screen's language; one an older version wrote, without a label now, as its code. */
    private String actionLabel(String code) {
        return translations.find("console.audit.action." + code, getLocale()).orElse(code);
    }

    private String actorLabel(String actor) {
        return switch (actor) {
            case AuditLog.SYSTEM -> getTranslation("console.audit.actor.system");
            case AuditLog.UNKNOWN_ACCOUNT -> getTranslation("console.audit.actor.unknown");
            default -> actor;
        };
    }

    private void confirmPurge() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("console.retention.purge"),
                getTranslation("console.retention.confirm", retention.due()), getTranslation("console.retention.purge"),
                confirmed -> {
                    int purged = retention.purge();
                    Forms.saved(getTranslation("console.retention.done", purged));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        due.setText(getTranslation("console.retention.due", retention.due()));
        String chosen = action.getValue();
        grid.setItems(chosen == null ? audit.latest(LIMIT) : audit.latest(chosen, LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.audit") + " · FairPass";
    }
}
