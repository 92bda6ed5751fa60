package app.fairpass.core.fair;

import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

public record NewFair(Long seriesId, @NotBlank @Size(max = 200) @Printable String name, @NotBlank @Size(max = 300) @Printable String venue,
        @NotNull LocalDate date, @NotNull LocalTime opensAt, @NotNull LocalTime closesAt) {

    public NewFair {
        name = PlainText.strip(name);
        venue = PlainText.strip(venue);
    }
}
