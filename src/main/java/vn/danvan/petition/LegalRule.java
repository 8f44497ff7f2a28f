package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.danvan.calendar.CountingMode;

/**
 * One row of the rule table: the time limit of a step for a category, instance and variant, valid over a period,
 * with its legal source. {@code category} is a {@link vn.danvan.reception.MatterCategory} name or {@code ANY};
 * {@code instance} 1 or 2, or 0 for any.
 */
public record LegalRule(long id, String category, int instance, RuleStep step, RuleVariant variant, int limitDays,
                        CountingMode countingMode, int maxExtensions, int extensionDays, boolean suspensionExcluded,
                        LocalDate validFrom, LocalDate validTo, String legalSource, boolean needsVerification, String note,
                        Long replacesId, OffsetDateTime createdAt, String createdBy) {

    public static final String ANY = "ANY";

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** "30 ngày" / "10 ngày làm việc". */
    public String limitText() {
        return limitDays + (countingMode == CountingMode.WORKING ? " ngày làm việc" : " ngày");
    }
}
