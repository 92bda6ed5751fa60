package app.fairpass.printing.badge;

import java.util.Objects;

/**
 * What a badge shows. Deliberately no key group, phone or ID number: a badge is worn in public.
 *
 * @param fairName     the fair, printed small at the top
 * @param name         the job seeker's name, printed large (2 to 30+ characters, any script)
 * @param optionalLine position sought or major, only if the job seeker agreed to show it; may be null
 * @param passCode     the QR content: ASCII as scanners type it through a keyboard layout
 * @param shortPassId  the human-readable pass id, for staff when a scan fails
 */
public record BadgeContent(String fairName, String name, String optionalLine, String passCode, String shortPassId) {

    public BadgeContent {
        Objects.requireNonNull(fairName, "fairName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortPassId, "shortPassId");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (passCode == null || passCode.isEmpty() || !passCode.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("passCode must be printable ASCII without spaces");
        }
    }
}
