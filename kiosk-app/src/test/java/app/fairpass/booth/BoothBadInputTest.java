package app.fairpass.booth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.HostileInput;
import app.fairpass.HostileInput.Verdict;
import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.booth.BoothFixture.Booths;
import app.fairpass.booth.ui.BoothView;
import app.fairpass.core.booth.BoothDeskService;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.pass.PassRef;
import app.fairpass.kiosk.KioskFixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The booth desk fed hostile badges and notes, and an employer reaching for another employer's ids: refused with
 * a typed outcome or a plain message, never with another employer's data and never half-saved.
 */
@SpringBootTest
@ActiveProfiles("test")
class BoothBadInputTest extends KaribuTest {
    private static final String UNKNOWN = "找不到这个胸牌，请核对编号后重试。";
    private static final String WRONG_FAIR = "这是另一场招聘会的胸牌。";

    @Autowired
    BoothFixture fixture;
    @Autowired
    BoothRecordService recorder;
    @Autowired
    BoothDeskService desk;
    @Autowired
    EmployerService employers;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    KioskFixture fairs;

    Booths booths;
    FairInfo otherFair;
    PassRef zhang;

    @BeforeEach
    void twoFairs() {
        booths = fixture.openFairWithTwoBooths();
        otherFair = fairs.fair("另一场招聘会", FairStatus.OPEN);
        zhang = fixture.register(booths.fair(), "张燕", true);
    }

    static Stream<String> badges() {
        return Stream.concat(HostileInput.all().map(HostileInput::text),
                Stream.of(HostileInput.FORGED_CODE, "FORGED_REAL", "OTHER_FAIR_CODE", "OTHER_FAIR_SHORT_ID"));
    }

    @ParameterizedTest(name = "badge ← {index}")
    @MethodSource("badges")
    void aBadgeThatIsNotOneOfThisFairShowsNoCardAndSavesNothing(String badge) {
        PassRef elsewhere = fixture.register(otherFair, "李雷", true);
        String typed = switch (badge) {
            case "FORGED_REAL" -> HostileInput.forge(zhang.code().text());
            case "OTHER_FAIR_CODE" -> elsewhere.code().text();
            case "OTHER_FAIR_SHORT_ID" -> elsewhere.shortId();
            default -> badge;
        };
        openBooth();

        find(typed);

        String expected = badge.equals("OTHER_FAIR_CODE") ? WRONG_FAIR : UNKNOWN;
        assertThat(_find(Paragraph.class, spec -> spec.withText(expected))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("record-resume"))).isEmpty();
        assertThat(recordsOf(booths.employerA())).isZero();
        Screens.assertNoScriptInjected();
    }

    @ParameterizedTest(name = "note ← {0}")
    @MethodSource("app.fairpass.HostileInput#all")
    void aNoteIsStoredExactlyOrRefusedAtTheField(HostileInput input) {
        openBooth();
        find(zhang.shortId());
        TextArea note = _get(TextArea.class, spec -> spec.withId("note"));
        note.setValue(input.text());

        _click(_get(Button.class, spec -> spec.withId("record-resume")));

        Verdict verdict = input.verdictFor(500, false);
        if (verdict == Verdict.STORED || verdict == Verdict.STORED_EMPTY) {
            assertThat(recordsOf(booths.employerA())).isEqualTo(1);
            String stored = jdbc.sql("SELECT note FROM booth_record WHERE employer_id = ?")
                    .param(booths.employerA()).query(String.class).optional().orElse(null);
            assertThat(stored).isEqualTo(verdict == Verdict.STORED ? input.text().strip() : null);
            assertThat(Screens.notifications()).singleElement().asString().startsWith("已保存");
        } else {
            assertThat(note.isInvalid()).isTrue();
            assertThat(note.getErrorMessage()).isEqualTo(HostileInput.zhMessage(verdict, 500, null));
            assertThat(recordsOf(booths.employerA())).isZero();
            assertThat(Screens.notifications()).isEmpty();
        }
        Screens.assertNoScriptInjected();
    }

    @Test
    void anEmployerCannotRecordAgainstAnotherEmployersPositionOrFair() {
        signIn(fixture.user(booths.staffA()));
        long positionOfB = employers.positionsOf(booths.fair().id(), booths.employerB()).get(0).id();
        PassRef atOtherFair = fixture.register(otherFair, "李雷", true);

        BoothRecordResult othersPosition = recorder.record(command(booths.fair().id(), zhang.shortId(), positionOfB));
        BoothRecordResult othersFair = recorder.record(command(otherFair.id(), atOtherFair.shortId(), null));
        BoothRecordResult othersBadge = recorder.record(command(booths.fair().id(), atOtherFair.code().text(), null));

        assertThat(othersPosition.outcome()).isEqualTo(BoothRecordResult.Outcome.INVALID_POSITION);
        assertThat(othersFair.outcome()).isEqualTo(BoothRecordResult.Outcome.NOT_AT_THIS_FAIR);
        assertThat(othersBadge.outcome()).isEqualTo(BoothRecordResult.Outcome.WRONG_FAIR);
        assertThat(recordsOf(booths.employerA())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE fair_id = ?").param(otherFair.id())
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> desk.lookup(otherFair.id(), atOtherFair.shortId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.entries(otherFair.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(desk.positions(otherFair.id())).as("another fair's positions").isEmpty();
    }

    private BoothRecordCommand command(long fairId, String badge, Long positionId) {
        return new BoothRecordCommand(fairId, badge, positionId == null ? RecordKind.RESUME : RecordKind.INTENTION,
                positionId, null, null, UUID.randomUUID().toString());
    }

    private void openBooth() {
        signIn(fixture.user(booths.staffA()));
        UI.getCurrent().navigate(BoothView.class);
    }

    private long recordsOf(long employerId) {
        return jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE employer_id = ?").param(employerId)
                .query(Long.class).single();
    }

    private static void find(String text) {
        _get(TextField.class, spec -> spec.withId("badge")).setValue(text);
        _click(_get(Button.class, spec -> spec.withId("find")));
    }
}
