package app.fairpass.core.seeker;

import app.fairpass.core.text.Printable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a job seeker gives when registering, with each consent as its own choice. Processing consent is required;
 * the others are free choices.
 */
public record SeekerRegistration(
        @NotBlank @Size(max = 30) @Printable String name,
        @NotNull @Pattern(regexp = PhoneNumber.PATTERN) String phone,
        Education education,
        @NotNull Set<String> keyGroups,
        @Size(max = 30) @Printable String badgeLine,
        @AssertTrue boolean consentToProcessing,
        boolean shareWithEmployers,
        boolean showLineOnBadge) {

    public SeekerRegistration {
        name = name == null ? null : name.strip();
        phone = phone == null ? null : phone.strip();
        badgeLine = badgeLine == null || badgeLine.isBlank() ? null : badgeLine.strip();
        keyGroups = keyGroups == null ? Set.of() : Set.copyOf(keyGroups);
    }
}
