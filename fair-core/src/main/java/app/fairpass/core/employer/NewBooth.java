package app.fairpass.core.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An employer, found or created by name, placed at a fair's booth. */
public record NewBooth(long fairId, @NotBlank @Size(max = 200) String employerName,
        @NotBlank @Size(max = 16) String boothNumber) {
}
