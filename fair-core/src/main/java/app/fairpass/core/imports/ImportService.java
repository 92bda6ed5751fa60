package app.fairpass.core.imports;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.imports.ImportProblem.Kind;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the sheets services already keep: employers with their positions, and job seekers. Every row is checked
 * before anything is saved, and the saving is one transaction: a file imports whole or not at all. Importing the
 * same file again adds nothing (employers by name, booths by fair and employer, positions by title, people by
 * phone).
 */
@Service
public class ImportService {
    private final FairService fairs;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final SeekerAdminService seekers;
    private final SeekerDirectory directory;
    private final AuditLog audit;

    ImportService(FairService fairs, EmployerService employers, RegistrationService registrations,
            SeekerAdminService seekers, SeekerDirectory directory, AuditLog audit) {
        this.fairs = fairs;
        this.employers = employers;
        this.registrations = registrations;
        this.seekers = seekers;
        this.directory = directory;
        this.audit = audit;
    }

    public static List<String> employerColumns() {
        return EmployerSheet.COLUMNS;
    }

    public static List<String> seekerColumns() {
        return SeekerSheet.COLUMNS;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public ImportCheck checkEmployers(long fairId, byte[] file) {
        return read(file).map(table -> new EmployerSheet(table, employers.booths(fairId)).check());
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public ImportResult importEmployers(long fairId, byte[] file) {
        Parsed parsed = read(file);
        if (parsed.table == null) {
            return new ImportResult(false, parsed.failure, 0);
        }
        EmployerSheet sheet = new EmployerSheet(parsed.table, employers.booths(fairId));
        if (!sheet.check().isValid()) {
            return new ImportResult(false, sheet.check(), 0);
        }
        int before = employers.booths(fairId).size() + positionCount(fairId);
        for (EmployerSheet.Row row : sheet.rows()) {
            long employerId = employers.employer(row.employer(), null, null);
            employers.ensureBooth(fairId, employerId, row.booth());
            employers.savePositionByTitle(new NewPosition(fairId, employerId, row.title(), row.headcount(),
                    row.salaryMin(), row.salaryMax(), row.education(), row.majorCategory()));
        }
        int added = employers.booths(fairId).size() + positionCount(fairId) - before;
        audit.record(AuditAction.IMPORT_EMPLOYERS, "fair:" + fairId,
                sheet.rows().size() + " rows, " + added + " added");
        return new ImportResult(true, sheet.check(), added);
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public ImportCheck checkSeekers(long fairId, byte[] file) {
        return read(file).map(table -> seekerSheet(fairId, table).check());
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public ImportResult importSeekers(long fairId, byte[] file) {
        Parsed parsed = read(file);
        if (parsed.table == null) {
            return new ImportResult(false, parsed.failure, 0);
        }
        SeekerSheet sheet = seekerSheet(fairId, parsed.table);
        if (!sheet.check().isValid()) {
            return new ImportResult(false, sheet.check(), 0);
        }
        Set<String> registered = seekers.registeredPhones(fairId);
        int added = 0;
        for (SeekerSheet.Row row : sheet.rows()) {
            // People already registered keep their own answers: a repeated import changes nothing.
            if (!registered.contains(row.registration().phone())) {
                registrations.register(fairId, row.registration(), Channel.IMPORT);
                added++;
            }
        }
        audit.record(AuditAction.IMPORT_SEEKERS, "fair:" + fairId,
                sheet.rows().size() + " rows, " + added + " added");
        return new ImportResult(true, sheet.check(), added);
    }

    private SeekerSheet seekerSheet(long fairId, Table table) {
        FairInfo fair = fairs.find(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        return new SeekerSheet(table, directory.keyGroups(), fair.status() == FairStatus.CLOSED);
    }

    private int positionCount(long fairId) {
        return employers.booths(fairId).stream()
                .mapToInt(booth -> employers.positionsOf(fairId, booth.employerId()).size()).sum();
    }

    private static Parsed read(byte[] file) {
        try {
            return new Parsed(SheetReader.read(file), null);
        } catch (SheetReader.UnreadableFileException e) {
            return new Parsed(null, new ImportCheck(List.of(), List.of(),
                    List.of(new ImportProblem(0, Kind.UNREADABLE_FILE, null))));
        }
    }

    /** A file read into a table, or the check that says why it could not be. */
    private record Parsed(Table table, ImportCheck failure) {
        ImportCheck map(Function<Table, ImportCheck> check) {
            return table == null ? failure : check.apply(table);
        }
    }
}
