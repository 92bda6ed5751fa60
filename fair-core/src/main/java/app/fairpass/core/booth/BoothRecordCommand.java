package app.fairpass.core.booth;

import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A booth's record of a badge it scanned: {@code scanned} is the badge's QR text or its short id as typed.
 * The employer is not part of the command: it is the signed-in employer's.
 */
public record BoothRecordCommand(long fairId, @NotNull @Size(max = 256) String scanned, @NotNull RecordKind kind,
        Long positionId, @Size(max = 500) @Printable(multiLine = true) String note, @Min(1) @Max(5) Integer rating,
        @Size(max = 64) String nonce) {

    public BoothRecordCommand {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
