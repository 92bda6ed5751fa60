package app.fairpass.core.fair;

import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An employment service month or any other set of fairs; the dates are optional. */
public record NewSeries(@NotBlank @Size(max = 200) @Printable String name, LocalDate startsOn, LocalDate endsOn) {

    public NewSeries {
        name = PlainText.strip(name);
    }
}
