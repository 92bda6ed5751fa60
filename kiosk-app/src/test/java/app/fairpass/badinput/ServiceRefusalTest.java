package app.fairpass.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewFair;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * Should a screen ever let through what a service refuses, the person still reads a plain message and the log
 * names the field and the rule, never the value typed.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ServiceRefusalTest extends KaribuTest {
    @Autowired
    FairService fairs;

    @Test
    void aRefusalTheScreenMissedIsAPlainMessageAndALogLineWithoutTheValue(CapturedOutput output) {
        signIn(organiser());
        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> fairs.createFair(new NewFair(null, "张燕 13912345678\u0000", "人力资源市场",
                        LocalDate.of(2026, 7, 3), LocalTime.of(9, 0), LocalTime.of(12, 0))));

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refused));

        assertThat(Screens.notifications()).containsExactly("输入的内容无法保存，数据没有改动。请检查后重试。");
        assertThat(output.getAll()).contains("input refused by a service: [createFair.fair.name")
                .doesNotContain("13912345678", "张燕");
    }
}
