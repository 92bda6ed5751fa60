package app.fairpass.core.fair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

public record NewFair(Long seriesId, @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String venue,
        @NotNull LocalDate date, @NotNull LocalTime opensAt, @NotNull LocalTime closesAt) {
}
