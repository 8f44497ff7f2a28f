package vn.danvan.reception;

import java.time.LocalDate;
import vn.danvan.org.UnitLevel;

/**
 * A head's periodic reception obligation, as data: at least {@code minDays} days per week or month, whether a
 * deputy may receive on the head's behalf, from when to when, and the legal source.
 */
public record ReceptionRule(long id, RuleHolder holder, UnitLevel level, int minDays, Period period,
                            boolean delegationAllowed, LocalDate validFrom, LocalDate validTo, String source, int version) {

    public enum Period { WEEK, MONTH }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** "1 ngày/tuần", "2 ngày/tháng". */
    public String frequency() {
        return minDays + " ngày/" + (period == Period.WEEK ? "tuần" : "tháng");
    }
}
