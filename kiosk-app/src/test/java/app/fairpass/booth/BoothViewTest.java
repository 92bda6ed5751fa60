package app.fairpass.booth;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.booth.BoothFixture.Booths;
import app.fairpass.booth.ui.BoothView;
import app.fairpass.core.booth.BoothEntry;
import app.fairpass.core.booth.PositionTally;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Education;
import app.fairpass.scan.ui.CameraScanner;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BoothViewTest extends KaribuTest {
    @Autowired
    BoothFixture fixture;
    @Autowired
    JdbcClient jdbc;

    Booths booths;
    PassRef zhang;
    PassRef hidden;

    @BeforeEach
    void fair() {
        booths = fixture.openFairWithTwoBooths();
        zhang = fixture.register(booths.fair(), "张燕", true);
        hidden = fixture.register(booths.fair(), "王堃", false);
    }

    @Test
    void recordsAResumeThenAnIntentionAndUpdatesInsteadOfDuplicating() {
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);

        find(zhang.shortId());
        assertThat(_get(Span.class, spec -> spec.withId("card-name")).getText()).isEqualTo("张燕");
        _click(_get(Button.class, spec -> spec.withId("record-resume")));
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text")).contains("已保存");

        find(zhang.code().text());
        _setValue(_get(TextArea.class, spec -> spec.withId("note")), "会数控编程，下周一面试");
        _get(RadioButtonGroup.class, spec -> spec.withId("rating")).setValue(5);
        @SuppressWarnings("unchecked")
        Select<PositionTally> position = _get(Select.class, spec -> spec.withId("position"));
        position.setValue(position.getListDataView().getItems().filter(p -> p.title().equals("质检员")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("record-intention")));
        find(zhang.shortId());
        _click(_get(Button.class, spec -> spec.withId("record-resume")));

        assertThat(jdbc.sql("SELECT kind || ':' || COALESCE(note, '') FROM booth_record WHERE employer_id = ?"
                + " ORDER BY kind DESC").param(booths.employerA()).query(String.class).list())
                .containsExactly("RESUME:会数控编程，下周一面试", "INTENTION:会数控编程，下周一面试");
        assertThat(_get(Span.class, spec -> spec.withId("totals")).getText()).isEqualTo("简历 1 份 · 意向 1 人 · 共 1 人");
        assertThat(_get(Button.class, spec -> spec.withId("record-resume")).getText()).isEqualTo("更新简历记录");
        _get(TabSheet.class, spec -> spec.withId("tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<PositionTally> positions = _get(Grid.class, spec -> spec.withId("positions"));
        assertThat(GridKt._findAll(positions)).extracting(PositionTally::title, PositionTally::intentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("数控车工", 0L),
                        org.assertj.core.groups.Tuple.tuple("质检员", 1L));
    }

    @Test
    void positionsOfTheSameTitleAreToldApartInTheMenu() {
        long fairId = booths.fair().id();
        fixture.addPosition(new NewPosition(fairId, booths.employerA(), "仓库管理员", 3, 4000, 5000,
                Education.HIGH_SCHOOL, null));
        fixture.addPosition(new NewPosition(fairId, booths.employerA(), "仓库管理员", 1, 6000, 8000,
                Education.JUNIOR_COLLEGE, null));
        fixture.addPosition(new NewPosition(fairId, booths.employerA(), "仓库管理员", 2, null, null, null, null));
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);

        find(zhang.shortId());

        @SuppressWarnings("unchecked")
        Select<PositionTally> position = _get(Select.class, spec -> spec.withId("position"));
        assertThat(position.getListDataView().getItems().map(position.getItemLabelGenerator()).toList())
                .containsExactly("数控车工", "质检员", "仓库管理员 · 4000–5000 元/月 · 高中 · 招 3 人",
                        "仓库管理员 · 6000–8000 元/月 · 大专 · 招 1 人", "仓库管理员 · 招 2 人");
    }

    @Test
    void aPersonWhoDidNotAgreeIsShownByBadgeNumberOnly() {
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);

        find(hidden.shortId());

        assertThat(_get(Span.class, spec -> spec.withId("card-name")).getText()).contains("未同意");
        assertThat(_find(Span.class, spec -> spec.withText("王堃"))).isEmpty();
    }

    @Test
    void anUnknownBadgeIsExplainedAndRecordsNothing() {
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);

        find("ZZZZ-ZZZZ");

        assertThat(_find(Button.class, spec -> spec.withId("record-resume"))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE employer_id = ?").param(booths.employerA())
                .query(Long.class).single()).isZero();
    }

    @Test
    void oneEmployerNeverSeesAnothersRecords() {
        signIn(fixture.user(booths.staffB()));
        UI.getCurrent().navigate(BoothView.class);
        find(zhang.shortId());
        _click(_get(Button.class, spec -> spec.withId("record-resume")));

        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);
        _get(TabSheet.class, spec -> spec.withId("tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<BoothEntry> entries = _get(Grid.class, spec -> spec.withId("entries"));
        assertThat(GridKt._findAll(entries)).isEmpty();
        _get(TabSheet.class, spec -> spec.withId("tabs")).setSelectedIndex(0);
        find(zhang.shortId());
        assertThat(_get(Button.class, spec -> spec.withId("record-resume")).getText()).isEqualTo("收到简历");
        List<String> kinds = jdbc.sql("SELECT kind FROM booth_record WHERE employer_id = ?")
                .param(booths.employerB()).query(String.class).list();
        assertThat(kinds).containsExactly(RecordKind.RESUME.name());
    }

    @Test
    void aBadgeReadByTheCameraOpensItsCard() {
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);
        _click(_get(Button.class, spec -> spec.withId("camera")));
        CameraScanner camera = _get(CameraScanner.class);

        JsonObject detail = Json.createObject();
        detail.put("event.detail.code", zhang.code().text());
        detail.put("event.detail.nonce", "n-1");
        _fireDomEvent(camera.getElement(), new DomEvent(camera.getElement(), "fp-code", detail));

        assertThat(_get(Span.class, spec -> spec.withId("card-name")).getText()).isEqualTo("张燕");
        _click(_get(Button.class, spec -> spec.withId("camera")));
        assertThat(_find(CameraScanner.class)).isEmpty();
    }

    @Test
    void organisersAndKiosksCannotOpenTheBooth() {
        signIn(kiosk());
        UI.getCurrent().navigate(BoothView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(BoothView.class::isInstance);
    }

    private static void find(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("badge")), text);
        _click(_get(Button.class, spec -> spec.withId("find")));
    }
}
