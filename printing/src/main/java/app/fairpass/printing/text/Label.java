package app.fairpass.printing.text;

import java.text.MessageFormat;

/**
 * Every fixed text printed on passes and reports, in both languages side by side so neither can go
 * missing. Chinese terms follow what public employment services publish.
 */
public enum Label {
    // pass
    PASS_TITLE("入场凭证", "Admission pass"),
    HOLDER("姓名", "Name"),
    DATE("日期", "Date"),
    OPENING_HOURS("开放时间", "Opening hours"),
    VENUE("地点", "Venue"),
    PASS_ID("凭证号", "Pass ID"),
    WHAT_TO_BRING("请携带", "What to bring"),
    PASS_INSTRUCTION("到场后请在签到机扫描此二维码签到并领取胸牌。",
            "On arrival, scan this QR code at a check-in kiosk to check in and get your badge."),
    PASS_PERSONAL("本凭证仅限本人使用，请勿转发他人。", "This pass is personal: please do not pass it on."),

    // headline figures, as published
    SUMMARY_TITLE("招聘会成效统计", "Job fair results"),
    HEADLINE_FIGURES("主要数据", "Headline figures"),
    EMPLOYERS("参会用人单位", "Employers"),
    POSITIONS_OFFERED("提供岗位", "Positions offered"),
    REGISTRATIONS("报名人数", "Registered"),
    CHECK_INS("签到人数", "Check-ins"),
    RESUMES_RECEIVED("收到简历", "Resumes received"),
    INTENTIONS_REACHED("达成就业意向", "Reached an employment intention"),

    // sections and table headers
    BY_KEY_GROUP("重点群体情况", "By key group"),
    KEY_GROUP("群体", "Key group"),
    REGISTERED("报名", "Registered"),
    CHECKED_IN("签到", "Checked in"),
    RESUMES("简历", "Resumes"),
    INTENTIONS("意向", "Intentions"),
    ARRIVALS_PER_15_MIN("每 15 分钟签到人数", "Check-ins per 15 minutes"),
    EMPLOYER_DETAILS("用人单位明细", "Employers in detail"),
    BOOTH("展位号", "Booth"),
    EMPLOYER("用人单位", "Employer"),
    POSITIONS("岗位数", "Positions"),
    EMPLOYER_COUNT("单位数", "Employers"),
    TOTAL("合计", "Total"),
    NO_DATA("暂无数据", "No data"),

    // series roll-up
    SERIES_TITLE("系列招聘会汇总", "Job fair series summary"),
    FAIR("招聘会", "Fair"),
    FAIR_COUNT("招聘会场次", "Fairs held"),

    // employer leads
    LEADS_TITLE("用人单位意向人员名单", "Employer leads"),
    NAME("姓名", "Name"),
    OPTIONAL_LINE("求职意向 / 专业", "Sought / major"),
    KIND("类型", "Kind"),
    KIND_RESUME("收到简历", "Resume"),
    KIND_INTENTION("达成意向", "Intention"),
    POSITION("岗位", "Position"),
    TIME("时间", "Time"),
    RATING("评分", "Rating"),
    NOTE("备注", "Note"),

    PAGE_OF("第 {0} / {1} 页", "Page {0} / {1}"),
    BOOTH_SHEET_TITLE("展位登记账号", "Booth sign-in"),
    BOOTH_NUMBER("展位号", "Booth"),
    SIGN_IN_ADDRESS("登录地址", "Address"),
    USERNAME("用户名", "Username"),
    PASSWORD("密码", "Password"),
    BOOTH_SHEET_STEPS("用手机扫描上面的二维码，输入用户名和密码，即可扫描求职者胸牌，登记收到简历和达成就业意向。同一账号可在多部手机上同时使用。请妥善保管本页。",
            "Scan the QR code above with a phone, sign in with the username and password, then scan job seekers' "
                    + "badges to record resumes received and intentions reached. Several phones can use this sign-in "
                    + "at once. Keep this page safe.");

    private final String zh;
    private final String en;

    Label(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The label with {@code {0}}, {@code {1}} … filled in (numbers are passed as text, already formatted). */
    public String in(Language language, String... arguments) {
        return MessageFormat.format(in(language), (Object[]) arguments);
    }
}
