package app.fairpass.core.imports;

import static app.fairpass.core.imports.Columns.cell;

import app.fairpass.core.imports.ImportProblem.Kind;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.KeyGroupInfo;
import app.fairpass.core.seeker.PhoneNumber;
import app.fairpass.core.seeker.SeekerRegistration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A job seekers sheet, e.g. a list of graduates sent by a college or the registered unemployed of a district. */
final class SeekerSheet {
    static final List<String> COLUMNS = List.of("姓名", "手机号", "重点群体", "学历", "求职意向/专业",
            "同意处理个人信息", "同意向用人单位提供信息", "胸牌显示求职意向");
    private static final Pattern LIST = Pattern.compile("[、,，;；/\\s]+");

    record Row(int line, SeekerRegistration registration) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<List<String>> shown = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> keyGroupCodes = new HashMap<>();

    /** A closed fair registers nobody, so its sheet is refused as a whole. */
    SeekerSheet(Table table, List<KeyGroupInfo> keyGroups, boolean fairClosed) {
        if (fairClosed) {
            problems.add(new ImportProblem(0, Kind.FAIR_CLOSED, null));
            return;
        }
        for (KeyGroupInfo group : keyGroups) {
            keyGroupCodes.put(group.nameZh(), group.code());
            keyGroupCodes.put(group.code(), group.code());
        }
        Columns columns = new Columns(table.headers());
        int[] at = {columns.find("姓名"), columns.find("手机号", "手机号码", "手机", "联系电话"),
                columns.find("重点群体", "人员类别"), columns.find("学历"),
                columns.find("求职意向/专业", "求职意向", "专业"),
                columns.find("同意处理个人信息", "同意个人信息处理", "个人信息授权"),
                columns.find("同意向用人单位提供信息", "同意向用人单位提供"),
                columns.find("胸牌显示求职意向")};
        for (int c : new int[] {0, 1, 5}) {
            if (at[c] < 0) {
                problems.add(new ImportProblem(0, Kind.MISSING_COLUMN, COLUMNS.get(c)));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, Integer> phoneLines = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> raw = table.rows().get(i);
            List<String> values = new ArrayList<>();
            for (int column : at) {
                values.add(cell(raw, column));
            }
            shown.add(values);
            read(i + 2, values, phoneLines).ifPresent(rows::add);
        }
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(0, Kind.EMPTY_FILE, null));
        }
    }

    private Optional<Row> read(int line, List<String> v, Map<String, Integer> phoneLines) {
        int before = problems.size();
        String name = v.get(0);
        PhoneNumber.Reading phone = PhoneNumber.read(v.get(1));
        if (name.isEmpty()) {
            problems.add(new ImportProblem(line, Kind.REQUIRED, COLUMNS.get(0)));
        } else {
            Values.text(line, name, 30, COLUMNS.get(0)).ifPresent(problems::add);
        }
        if (phone.problem() == PhoneNumber.Problem.EMPTY) {
            problems.add(new ImportProblem(line, Kind.REQUIRED, COLUMNS.get(1)));
        } else if (!phone.isValid()) {
            problems.add(new ImportProblem(line, Kind.PHONE, v.get(1)));
        } else {
            Integer first = phoneLines.putIfAbsent(phone.number(), line);
            if (first != null) {
                problems.add(new ImportProblem(line, Kind.DUPLICATE_PHONE, String.valueOf(first)));
            }
        }
        Set<String> groups = new HashSet<>();
        for (String group : LIST.split(v.get(2))) {
            if (!group.isEmpty()) {
                String code = keyGroupCodes.get(group);
                if (code == null) {
                    problems.add(new ImportProblem(line, Kind.KEY_GROUP, group));
                } else {
                    groups.add(code);
                }
            }
        }
        Optional<Education> education = Values.education(v.get(3));
        if (education == null) {
            problems.add(new ImportProblem(line, Kind.EDUCATION, v.get(3)));
        }
        Values.text(line, v.get(4), 30, COLUMNS.get(4)).ifPresent(problems::add);
        Boolean processing = yesNo(line, v.get(5), 5);
        if (Boolean.FALSE.equals(processing)) {
            problems.add(new ImportProblem(line, Kind.CONSENT_REQUIRED, COLUMNS.get(5)));
        }
        Boolean share = yesNo(line, v.get(6), 6);
        Boolean showLine = yesNo(line, v.get(7), 7);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, new SeekerRegistration(name, phone.number(), education.orElse(null), groups,
                v.get(4), true, share, showLine)));
    }

    private Boolean yesNo(int line, String value, int column) {
        Boolean answer = Values.yesNo(value);
        if (answer == null) {
            problems.add(new ImportProblem(line, Kind.YES_NO, COLUMNS.get(column) + ": " + value));
        }
        return answer;
    }

    List<Row> rows() {
        return rows;
    }

    ImportCheck check() {
        return new ImportCheck(COLUMNS, shown, problems);
    }
}
