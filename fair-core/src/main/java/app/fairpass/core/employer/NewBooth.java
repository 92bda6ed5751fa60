package app.fairpass.core.employer;

import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An employer, found or created by name, placed at a fair's booth. */
public record NewBooth(long fairId, @NotBlank @Size(max = 200) @Printable String employerName,
        @NotBlank @Size(max = 16) @Printable String boothNumber) {

    public NewBooth {
        employerName = PlainText.strip(employerName);
        boothNumber = PlainText.strip(boothNumber);
    }
}
