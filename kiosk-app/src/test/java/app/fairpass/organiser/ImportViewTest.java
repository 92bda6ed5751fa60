package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.imports.ui.ImportView;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.organiser.OrganiserFixture.Fair;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.nio.charset.Charset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The import page: row errors in Chinese, nothing imported from a broken file, a good file imported. */
@SpringBootTest
@ActiveProfiles("test")
class ImportViewTest extends KaribuTest {
    private static final Charset GBK = Charset.forName("GBK");
    @Autowired
    OrganiserFixture fixture;
    @Autowired
    SeekerAdminService seekers;

    Fair fair;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openImportOfJobSeekers() {
        fair = fixture.openFair("导入页面测试");
        signIn(organiser());
        UI.getCurrent().navigate(ImportView.class, fair.info().id());
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("kind")), ImportView.Kind.SEEKERS);
    }

    @Test
    void aWrongPhoneOnRowSeventeenIsNamedAndNothingIsImported() {
        StringBuilder csv = new StringBuilder("姓名,手机号,重点群体,同意处理个人信息\n");
        for (int row = 2; row <= 16; row++) {
            csv.append("求职者").append(row).append(",139").append(String.format("%08d", 55_000_000 + row))
                    .append(",高校毕业生,是\n");
        }
        csv.append("刘十七,1391234,退役军人,是\n");

        view().received("名单.csv", csv.toString().getBytes(GBK));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("problems")).getChildren()
                .map(item -> ((ListItem) item).getText()))
                .containsExactly("第17行：手机号少了4位：已输入7位，应为11位（“1391234”）");
        assertThat(_get(Button.class, spec -> spec.withId("import")).isEnabled()).isFalse();
        assertThat(seekers.search(fair.info().id(), "", 100)).isEmpty();
    }

    @Test
    void aGoodFileIsImportedAfterThePreview() {
        String csv = "姓名,手机号,重点群体,同意处理个人信息\n陈喆,13966660001,高校毕业生,是\n王堃,13966660002,,是\n";
        view().received("名单.csv", csv.getBytes(GBK));
        Button importButton = _get(Button.class, spec -> spec.withId("import"));
        assertThat(importButton.isEnabled()).isTrue();
        assertThat(seekers.search(fair.info().id(), "", 100)).isEmpty();

        _click(importButton);

        NotificationsKt.expectNotifications("已导入 2 行，其中新增 2 条");
        assertThat(seekers.search(fair.info().id(), "", 100)).hasSize(2);
    }

    private static ImportView view() {
        return _get(ImportView.class);
    }
}
