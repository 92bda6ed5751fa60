package app.fairpass.core.employer;

import app.fairpass.core.seeker.Education;
import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Salaries are monthly, in yuan. */
public record NewPosition(long fairId, long employerId, @NotBlank @Size(max = 100) @Printable String title,
        @Min(1) @Max(100_000) int headcount, @Min(0) Integer salaryMin, @Min(0) Integer salaryMax,
        Education education, @Size(max = 100) @Printable String majorCategory) {

    public NewPosition {
        title = PlainText.strip(title);
        majorCategory = PlainText.strip(majorCategory);
    }
}
