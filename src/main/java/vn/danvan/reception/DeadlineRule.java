package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.danvan.calendar.CountingMode;

/** A time limit of the reception desk as data (the answer to the citizen: 10 days, Luật Tiếp công dân, Art. 28). */
public record DeadlineRule(long id, String code, int days, CountingMode counting, LocalDate validFrom, LocalDate validTo,
                           String source, int version) {

    public static final String ANSWER_TO_CITIZEN = "ANSWER_TO_CITIZEN";

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The row of a time limit in force on a day, among all rows. */
    public static Optional<DeadlineRule> inForce(List<DeadlineRule> rules, String code, LocalDate day) {
        return rules.stream().filter(r -> r.code().equals(code) && r.inForceOn(day)).findFirst();
    }
}
