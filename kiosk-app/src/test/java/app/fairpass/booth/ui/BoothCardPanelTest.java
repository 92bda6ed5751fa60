package app.fairpass.booth.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.KaribuTest;
import app.fairpass.core.booth.BoothCard;
import app.fairpass.core.booth.PositionTally;
import app.fairpass.core.booth.RecordKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A booth card sends one nonce for the same answers, so a tap that reaches the server twice is recorded once (the
 * service answers a repeated nonce with its first answer); changed answers are a new request.
 */
@SpringBootTest
@ActiveProfiles("test")
class BoothCardPanelTest extends KaribuTest {

    record Sent(RecordKind kind, String note, String nonce) {
    }

    @Test
    void theSameAnswersTappedAgainKeepTheirNonceAndChangedAnswersGetANewOne() {
        List<Sent> sent = new ArrayList<>();
        UI.getCurrent().add(new BoothCardPanel(new BoothCard("7K3M-9QX2", true, "张燕", null, null,
                Optional.empty(), Optional.empty()), List.of(new PositionTally(1, "仓库管理员", 3, null, null, null, 0)),
                ZoneId.of("Asia/Shanghai"), (kind, positionId, note, rating, nonce) -> sent.add(new Sent(kind, note,
                        nonce))));

        _click(_get(Button.class, spec -> spec.withId("record-resume")));
        _click(_get(Button.class, spec -> spec.withId("record-resume")));
        _get(TextArea.class, spec -> spec.withId("note")).setValue("会Java");
        _click(_get(Button.class, spec -> spec.withId("record-resume")));
        _click(_get(Button.class, spec -> spec.withId("record-intention")));

        assertThat(sent).extracting(Sent::kind, Sent::note).containsExactly(
                tuple(RecordKind.RESUME, ""),
                tuple(RecordKind.RESUME, ""),
                tuple(RecordKind.RESUME, "会Java"),
                tuple(RecordKind.INTENTION, "会Java"));
        assertThat(sent.get(1).nonce()).as("the same tap again").isEqualTo(sent.get(0).nonce());
        assertThat(sent.stream().map(Sent::nonce).distinct()).as("a new one for each change and each kind")
                .hasSize(3);
    }
}
