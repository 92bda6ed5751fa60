package app.fairpass.printing.pass;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The admission pass a job seeker gets after registering online.
 *
 * @param whatToBring short lines such as "简历 5 份" or "身份证"; may be empty
 */
public record PassContent(String fairName, LocalDate date, LocalTime opens, LocalTime closes, String venue,
                          String holderName, String passCode, String shortPassId, List<String> whatToBring) {

    public PassContent {
        Objects.requireNonNull(fairName, "fairName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(passCode, "passCode");
        Objects.requireNonNull(shortPassId, "shortPassId");
        whatToBring = List.copyOf(whatToBring);
    }
}
