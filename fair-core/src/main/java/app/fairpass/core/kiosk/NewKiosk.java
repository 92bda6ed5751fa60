package app.fairpass.core.kiosk;

import app.fairpass.core.text.PlainText;
import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewKiosk(Long fairId, @NotBlank @Size(max = 60) @Printable String name, @Size(max = 100) @Printable String location,
        @NotNull PrintMode printMode, @Size(max = 100) @Printable String printerQueue, @NotBlank String badgeStock) {

    public NewKiosk {
        name = PlainText.strip(name);
        location = PlainText.strip(location);
        printerQueue = PlainText.strip(printerQueue);
    }
}
