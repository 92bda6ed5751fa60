package app.fairpass.core.imports;

import static app.fairpass.core.imports.Columns.cell;

import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.imports.ImportProblem.Kind;
import app.fairpass.core.seeker.Education;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An employers-with-positions sheet: one row per position, the employer and booth repeated on each. */
final class EmployerSheet {
    static final List<String> COLUMNS = List.of("展位号", "单位名称", "岗位名称", "招聘人数", "薪资下限", "薪资上限",
            "学历要求", "专业类别");

    record Row(int line, String booth, String employer, String title, int headcount, Integer salaryMin,
            Integer salaryMax, Education education, String majorCategory) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<List<String>> shown = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    /** Reads and checks every row against itself and against the booths the fair already has. */
    EmployerSheet(Table table, List<BoothInfo> existing) {
        Columns columns = new Columns(table.headers());
        int[] at = {columns.find("展位号", "展位"), columns.find("单位名称", "用人单位", "企业名称", "单位"),
                columns.find("岗位名称", "岗位", "职位"), columns.find("招聘人数", "人数"),
                columns.find("薪资下限", "最低薪资"), columns.find("薪资上限", "最高薪资"),
                columns.find("学历要求", "学历"), columns.find("专业类别", "专业")};
        for (int c = 0; c < 4; c++) {
            if (at[c] < 0) {
                problems.add(new ImportProblem(0, Kind.MISSING_COLUMN, COLUMNS.get(c)));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, String> boothOfEmployer = new HashMap<>();
        Map<String, String> employerOfBooth = new HashMap<>();
        existing.forEach(b -> employerOfBooth.put(b.boothNumber(), b.employerName()));
        Map<String, Integer> positionLines = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int line = i + 2;
            List<String> raw = table.rows().get(i);
            List<String> values = new ArrayList<>();
            for (int column : at) {
                values.add(cell(raw, column));
            }
            shown.add(values);
            read(line, values, boothOfEmployer, employerOfBooth, positionLines).ifPresent(rows::add);
        }
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(0, Kind.EMPTY_FILE, null));
        }
    }

    private Optional<Row> read(int line, List<String> v, Map<String, String> boothOfEmployer,
            Map<String, String> employerOfBooth, Map<String, Integer> positionLines) {
        int before = problems.size();
        String booth = v.get(0);
        String employer = v.get(1);
        String title = v.get(2);
        for (int c = 0; c < 4; c++) {
            if (v.get(c).isEmpty()) {
                problems.add(new ImportProblem(line, Kind.REQUIRED, COLUMNS.get(c)));
            }
        }
        text(line, booth, 16, 0);
        text(line, employer, 200, 1);
        text(line, title, 100, 2);
        text(line, v.get(7), 100, 7);
        Integer headcount = number(line, v.get(3), 3);
        if (headcount != null && (headcount < 1 || headcount > 100_000)) {
            problems.add(new ImportProblem(line, Kind.HEADCOUNT, v.get(3)));
        }
        Integer salaryMin = number(line, v.get(4), 4);
        Integer salaryMax = number(line, v.get(5), 5);
        if (salaryMin != null && salaryMax != null && (salaryMax < salaryMin || salaryMin < 0)) {
            problems.add(new ImportProblem(line, Kind.SALARY_RANGE, v.get(4) + "–" + v.get(5)));
        }
        Optional<Education> education = Values.education(v.get(6));
        if (education == null) {
            problems.add(new ImportProblem(line, Kind.EDUCATION, v.get(6)));
        }
        if (!booth.isEmpty() && !employer.isEmpty()) {
            String knownBooth = boothOfEmployer.putIfAbsent(employer, booth);
            String holder = employerOfBooth.putIfAbsent(booth, employer);
            if (knownBooth != null && !knownBooth.equals(booth)) {
                problems.add(new ImportProblem(line, Kind.BOOTH_CONFLICT, employer + " " + knownBooth + "/" + booth));
            } else if (holder != null && !holder.equals(employer)) {
                problems.add(new ImportProblem(line, Kind.BOOTH_TAKEN, booth + " " + holder));
            }
        }
        if (!employer.isEmpty() && !title.isEmpty()) {
            Integer first = positionLines.putIfAbsent(employer + "\u0000" + title, line);
            if (first != null) {
                problems.add(new ImportProblem(line, Kind.DUPLICATE_POSITION, String.valueOf(first)));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, booth, employer, title, headcount, salaryMin, salaryMax,
                education.orElse(null), v.get(7).isEmpty() ? null : v.get(7)));
    }

    private void text(int line, String value, int max, int column) {
        Values.text(line, value, max, COLUMNS.get(column)).ifPresent(problems::add);
    }

    private Integer number(int line, String value, int column) {
        try {
            return Values.number(value);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(line, Kind.NOT_A_NUMBER, COLUMNS.get(column)));
            return null;
        }
    }

    List<Row> rows() {
        return rows;
    }

    ImportCheck check() {
        return new ImportCheck(COLUMNS, shown, problems);
    }
}
