package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.admin.fair.ui.SeriesView;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewSeries;
import app.fairpass.core.fair.SeriesInfo;
import app.fairpass.core.stats.FairOverview;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
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
class FairAndSeriesFormsTest extends KaribuTest {
    @Autowired
    FairService fairs;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(organiser());
    }

    @Test
    void aFairWithoutNameOrWithClosingBeforeOpeningIsNotSaved() {
        int before = fairs.listFairs().size();
        UI.getCurrent().navigate(FairsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-fair")));

        save();

        assertThat(field("fair-name").isInvalid()).isTrue();
        assertThat(field("fair-name").getErrorMessage()).isEqualTo("此项必填");
        _setValue(field("fair-name"), "吴江区春风行动招聘会");
        _setValue(field("fair-venue"), "吴江人力资源市场");
        _setValue(_get(DatePicker.class, spec -> spec.withId("fair-date")), LocalDate.of(2026, 3, 1));
        _setValue(_get(TimePicker.class, spec -> spec.withId("fair-closes")), LocalTime.of(8, 0));

        save();

        TimePicker closes = _get(TimePicker.class, spec -> spec.withId("fair-closes"));
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("结束时间应晚于开始时间");
        assertThat(fairs.listFairs()).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganiserCreatesAFairInASeriesAndEditsIt() {
        String seriesName = "2026年就业创业服务月 " + UUID.randomUUID();
        fairs.createSeries(new NewSeries(seriesName, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        String name = "苏州信息职业技术学院专场招聘会 " + UUID.randomUUID();
        UI.getCurrent().navigate(FairsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-fair")));
        _setValue(field("fair-name"), name);
        _setValue(field("fair-venue"), "苏州信息职业技术学院");
        _setValue(_get(DatePicker.class, spec -> spec.withId("fair-date")), LocalDate.of(2026, 6, 30));
        Select<SeriesInfo> series = _get(Select.class, spec -> spec.withId("fair-series"));
        _setValue(series, fairs.listSeries().stream().filter(s -> s.name().equals(seriesName)).findFirst()
                .orElseThrow());

        save();

        NotificationsKt.expectNotifications("已保存招聘会「" + name + "」");
        FairInfo saved = fairs.listFairs().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.venue()).isEqualTo("苏州信息职业技术学院");
        assertThat(saved.opensAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(saved.seriesId()).isNotNull();

        Grid<FairOverview> grid = _get(Grid.class, spec -> spec.withId("fairs"));
        int row = 0;
        while (GridKt._get(grid, row).fair().id() != saved.id()) {
            row++;
        }
        ((Button) _getCellComponent(grid, row, "edit")).click();
        assertThat(field("fair-name").getValue()).isEqualTo(name);
        _setValue(field("fair-venue"), "苏州信息职业技术学院体育馆");

        save();

        assertThat(fairs.find(saved.id()).orElseThrow().venue()).isEqualTo("苏州信息职业技术学院体育馆");
        assertThat(_size(grid)).isGreaterThan(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeriesNeedsANameAndAnEndNotBeforeItsStart() {
        int before = fairs.listSeries().size();
        UI.getCurrent().navigate(SeriesView.class);
        _click(_get(Button.class, spec -> spec.withId("new-series")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-starts")), LocalDate.of(2026, 6, 30));
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-ends")), LocalDate.of(2026, 6, 1));

        save();

        assertThat(field("series-name").isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("series-ends")).getErrorMessage())
                .isEqualTo("结束日期不能早于开始日期");
        assertThat(fairs.listSeries()).hasSize(before);

        String name = "吴江服务月 " + UUID.randomUUID();
        _setValue(field("series-name"), name);
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-ends")), LocalDate.of(2026, 7, 30));
        save();

        SeriesInfo saved = fairs.listSeries().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2026, 7, 30));
        Grid<SeriesInfo> grid = _get(Grid.class, spec -> spec.withId("series"));
        int row = 0;
        while (GridKt._get(grid, row).id() != saved.id()) {
            row++;
        }
        ((Button) _getCellComponent(grid, row, "edit")).click();
        _setValue(field("series-name"), name + " 改");
        save();

        assertThat(fairs.listSeries()).extracting(SeriesInfo::name).contains(name + " 改").doesNotContain(name);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
        MockVaadin.clientRoundtrip();
    }
}
