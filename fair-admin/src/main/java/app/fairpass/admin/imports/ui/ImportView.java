package app.fairpass.admin.imports.ui;

import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.Forms;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.admin.ui.PhoneMessages;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.imports.ImportCheck;
import app.fairpass.core.imports.ImportProblem;
import app.fairpass.core.imports.ImportResult;
import app.fairpass.core.imports.ImportService;
import app.fairpass.core.seeker.PhoneNumber;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Imports a sheet of employers with positions, or of job seekers: upload, look at the preview and every problem
 * found, then import. A file with any problem imports nothing.
 */
@Route(value = "import", layout = OrganiserLayout.class)
@Menu(order = 9, title = "console.nav.import", icon = "vaadin:upload")
@RolesAllowed(Roles.ORGANISER)
public class ImportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    /** The largest sheet a service sends is a few thousand rows: a few MB at most. */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    public enum Kind { EMPLOYERS, SEEKERS }

    private final FairService fairs;
    private final ImportService imports;
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Grid<List<String>> preview = new Grid<>();
    private final UnorderedList problems = new UnorderedList();
    private final Button importButton = new Button();
    private final Paragraph fileName = new Paragraph();
    private FairSelect fair;
    private byte[] file;

    public ImportView(FairService fairs, ImportService imports) {
        this.fairs = fairs;
        this.imports = imports;
        setSizeFull();
        kind.setId("kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("console.import.kind." + k));
        kind.setValue(Kind.EMPLOYERS);
        kind.addValueChangeListener(change -> {
            showColumns();
            check();
        });
        columns.setId("columns");
        preview.setId("preview");
        problems.setId("problems");
        problems.addClassName("fp-problems");
        importButton.setText(getTranslation("console.import.run"));
        importButton.setId("import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> runImport());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long fairId) {
        removeAll();
        fair = new FairSelect(fairs.listFairs(), fairId);
        fair.addValueChangeListener(change -> check());
        UI ui = UI.getCurrent();
        // The upload arrives on its own request: the screen is changed under the session's lock.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> received(metadata.fileName(), data))));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        // Only the words a person reads first; the component keeps its own for the rest.
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("console.import.choose-file")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.import.drop-file"))));
        add(new H2(getTranslation("console.nav.import")), new HorizontalLayout(fair, kind), columns, upload,
                fileName, problems, importButton, preview);
        showColumns();
    }

    /** A file arrived: check it and show what it would import. */
    public void received(String name, byte[] content) {
        file = content;
        fileName.setText(getTranslation("console.import.file", name));
        check();
    }

    private void showColumns() {
        List<String> names = kind.getValue() == Kind.EMPLOYERS ? ImportService.employerColumns()
                : ImportService.seekerColumns();
        columns.setText(getTranslation("console.import.columns." + kind.getValue(), String.join("、", names)));
    }

    private void check() {
        if (file == null || fair == null || fair.getValue() == null) {
            return;
        }
        long fairId = fair.getValue().id();
        show(kind.getValue() == Kind.EMPLOYERS ? imports.checkEmployers(fairId, file)
                : imports.checkSeekers(fairId, file));
    }

    private void show(ImportCheck check) {
        preview.removeAllColumns();
        for (int i = 0; i < check.columns().size(); i++) {
            int column = i;
            preview.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(check.columns().get(i))
                    .setAutoWidth(true);
        }
        preview.setItems(check.rows());
        problems.removeAll();
        check.problems().forEach(problem -> problems.add(new ListItem(describe(problem))));
        importButton.setEnabled(check.isValid());
    }

    /** "第17行：手机号少了4位：已输入7位，应为11位（“1391234”）" in Chinese; the file's own problems without a line. */
    String describe(ImportProblem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        // The number quoted, read again, says exactly what is wrong with it.
        String text = problem.kind() == ImportProblem.Kind.PHONE
                ? getTranslation("console.import.problem.PHONE", PhoneMessages.problem(this, PhoneNumber.read(detail)),
                        detail)
                : getTranslation("console.import.problem." + problem.kind(), detail);
        return problem.line() == 0 ? text : getTranslation("console.import.line", String.valueOf(problem.line()), text);
    }

    private void runImport() {
        long fairId = fair.getValue().id();
        ImportResult result = kind.getValue() == Kind.EMPLOYERS ? imports.importEmployers(fairId, file)
                : imports.importSeekers(fairId, file);
        show(result.check());
        if (result.imported()) {
            importButton.setEnabled(false);
            Forms.saved(getTranslation("console.import.done", result.check().rows().size(), result.added()));
        } else {
            Forms.refused(getTranslation("console.import.refused"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.import") + " · FairPass";
    }
}
