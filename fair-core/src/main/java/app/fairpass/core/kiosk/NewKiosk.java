package app.fairpass.core.kiosk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewKiosk(Long fairId, @NotBlank @Size(max = 60) String name, @Size(max = 100) String location,
        @NotNull PrintMode printMode, @Size(max = 100) String printerQueue, @NotBlank String badgeStock) {
}
