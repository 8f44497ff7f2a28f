package vn.danvan.calendar;

import java.time.LocalDate;

/**
 * One row of the yearly calendar the government announces ({@code calendar_day}): a day off (the Tết days
 * actually granted, a compensatory or swapped day off) or a working day (a Saturday worked in exchange). It
 * overrides the holiday rules for its date.
 *
 * @param source where the row comes from: the seed, an import file, a user's entry; "cần đối chiếu" when the
 *               row still has to be checked against the published notice
 */
public record YearlyDay(LocalDate date, Kind kind, String reason, String legalBasis, String source) {

    public enum Kind { DAY_OFF, WORKING_DAY }

    public YearlyDay {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("a yearly day needs a date and a kind");
        }
        reason = reason == null ? "" : reason.strip();
        legalBasis = legalBasis == null ? "" : legalBasis.strip();
        source = source == null ? "" : source.strip();
    }

    public boolean sameAs(YearlyDay other) {
        return other != null && date.equals(other.date) && kind == other.kind && reason.equals(other.reason)
                && legalBasis.equals(other.legalBasis);
    }
}
