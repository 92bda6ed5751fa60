package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.KaribuTest;
import app.fairpass.admin.account.ui.AccountsView;
import app.fairpass.admin.employer.ui.EmployersView;
import app.fairpass.core.account.AccountInfo;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.seeker.Education;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class EmployerAndAccountFormsTest extends KaribuTest {
    @Autowired
    FairService fairs;
    @Autowired
    EmployerService employers;
    @Autowired
    AccountService accounts;

    String suffix;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(organiser());
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void boothNumbersAreRequiredAndUniquePerFair() {
        FairInfo fair = newFair();
        UI.getCurrent().navigate(EmployersView.class, fair.id());
        _click(_get(Button.class, spec -> spec.withId("new-booth")));
        _setValue(text("booth-employer"), "恒瑞精密 " + suffix);

        save();

        assertThat(text("booth-number").isInvalid()).isTrue();
        assertThat(text("booth-number").getErrorMessage()).isEqualTo("此项必填");
        assertThat(employers.booths(fair.id())).isEmpty();

        _setValue(text("booth-number"), "A01");
        save();

        NotificationsKt.expectNotifications("已保存：恒瑞精密 " + suffix + "，展位 A01");
        _click(_get(Button.class, spec -> spec.withId("new-booth")));
        _setValue(text("booth-employer"), "嘉德食品 " + suffix);
        _setValue(text("booth-number"), "A01");
        save();

        assertThat(text("booth-number").getErrorMessage()).isEqualTo("这个展位号已分配给其他单位");
        assertThat(employers.booths(fair.id())).extracting(BoothInfo::employerName)
                .containsExactly("恒瑞精密 " + suffix);

        _setValue(text("booth-number"), "B07");
        save();
        Grid<BoothInfo> booths = _get(Grid.class, spec -> spec.withId("booths"));
        assertThat(_size(booths)).isEqualTo(2);
        ((Button) _getCellComponent(booths, 0, "edit")).click();
        assertThat(text("booth-employer").isReadOnly()).isTrue();
        _setValue(text("booth-number"), "A02");
        save();

        assertThat(employers.booths(fair.id())).extracting(BoothInfo::boothNumber).containsExactly("A02", "B07");
    }

    @Test
    @SuppressWarnings("unchecked")
    void positionsNeedATitleAPositiveHeadcountAndASalaryRangeThatIsOne() {
        FairInfo fair = newFair();
        UI.getCurrent().navigate(EmployersView.class, fair.id());
        _click(_get(Button.class, spec -> spec.withId("new-booth")));
        _setValue(text("booth-employer"), "恒瑞精密 " + suffix);
        _setValue(text("booth-number"), "A01");
        save();
        NotificationsKt.expectNotifications("已保存：恒瑞精密 " + suffix + "，展位 A01");
        Grid<BoothInfo> booths = _get(Grid.class, spec -> spec.withId("booths"));
        booths.select(GridKt._get(booths, 0));
        long employerId = GridKt._get(booths, 0).employerId();
        _click(_get(Button.class, spec -> spec.withId("new-position")));
        _setValue(text("position-title"), "数控车工");
        _setValue(number("position-headcount"), 0);
        _setValue(number("position-salary-min"), 7000);
        _setValue(number("position-salary-max"), 5000);

        save();

        assertThat(number("position-headcount").getErrorMessage()).isEqualTo("招聘人数应为 1 到 100000");
        assertThat(number("position-salary-max").getErrorMessage())
                .isEqualTo("薪资应为不小于 0 的整数，且上限不低于下限");
        assertThat(employers.positionsOf(fair.id(), employerId)).isEmpty();

        _setValue(number("position-headcount"), 8);
        _setValue(number("position-salary-max"), 9000);
        _setValue(_get(Select.class, spec -> spec.withId("position-education")), Education.VOCATIONAL_SECONDARY);
        save();

        NotificationsKt.expectNotifications("已保存岗位「数控车工」");
        assertThat(employers.positionsOf(fair.id(), employerId)).singleElement().satisfies(p -> {
            assertThat(p.headcount()).isEqualTo(8);
            assertThat(p.salaryMin()).isEqualTo(7000);
            assertThat(p.salaryMax()).isEqualTo(9000);
            assertThat(p.education()).isEqualTo(Education.VOCATIONAL_SECONDARY);
        });

        Grid<PositionInfo> positions = _get(Grid.class, spec -> spec.withId("positions"));
        ((Button) _getCellComponent(positions, 0, "edit")).click();
        _setValue(text("position-title"), "数控车床操作工");
        _setValue(number("position-headcount"), 10);
        save();

        assertThat(employers.positionsOf(fair.id(), employerId)).extracting(PositionInfo::title,
                PositionInfo::headcount).containsExactly(tuple("数控车床操作工", 10));
    }

    @Test
    void anOrganiserAddsAColleagueWithAUsernameNotTaken() {
        UI.getCurrent().navigate(AccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        String username = "zhang." + suffix;
        _setValue(text("account-username"), username);
        _setValue(text("account-display-name"), "张燕");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "short");

        save();

        assertThat(_get(PasswordField.class, spec -> spec.withId("account-password")).getErrorMessage())
                .isEqualTo("至少 10 个字符");
        assertThat(accounts.isUsernameTaken(username)).isFalse();

        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "a-long-password-1");
        save();

        assertThat(accounts.organisers()).extracting(AccountInfo::username).contains(username);
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _setValue(text("account-username"), username);
        _setValue(text("account-display-name"), "另一个张燕");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "a-long-password-2");
        save();

        assertThat(text("account-username").getErrorMessage()).isEqualTo("这个用户名已被使用");
        assertThat(accounts.organisers()).filteredOn(a -> a.username().equals(username)).singleElement()
                .extracting(AccountInfo::displayName).isEqualTo("张燕");
    }

    private FairInfo newFair() {
        return fairs.createFair(new NewFair(null, "展位测试 " + suffix, "吴江人力资源市场", LocalDate.of(2026, 7, 1),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static IntegerField number(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
        MockVaadin.clientRoundtrip();
    }
}
