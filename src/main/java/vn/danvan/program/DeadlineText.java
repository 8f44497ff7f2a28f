package vn.danvan.program;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * A task's deadline as a plan writes it in words, read and written: "15/03/2024", "Quý I/2024", "6 tháng đầu năm
 * 2024", "Năm 2024", "Thường xuyên" (reporting every quarter unless it says "(hằng tháng)", "(6 tháng một lần)" or
 * "(hằng năm)"). Case, diacritics and spacing do not matter, since people type these by hand; a period without a
 * year ("Quý II") is of the plan's year. The written form is the one the screens show, so an exported list reads
 * back unchanged.
 */
public final class DeadlineText {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};
    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4,
            "1", 1, "2", 2, "3", 3, "4", 4);
    private static final Map<String, RecurringPeriod> EVERY = Map.of(
            "hang thang", RecurringPeriod.MONTH, "hang quy", RecurringPeriod.QUARTER,
            "6 thang mot lan", RecurringPeriod.HALF_YEAR, "hang nam", RecurringPeriod.YEAR);

    private static final String YEAR = "(?:(?:\\s*(?:/|nam|-)\\s*|\\s+)(\\d{4}))?";
    private static final Pattern DATE = Pattern.compile("(?:(?:truoc|cham nhat|han)\\s+)?(?:ngay\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy\\s*(iv|iii|ii|i|[1-4])" + YEAR);
    private static final Pattern HALF = Pattern.compile("(?:6|sau)\\s*thang\\s*(dau|cuoi)\\s*nam" + YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:trong\\s+)?(?:ca\\s+)?nam" + YEAR);
    private static final Pattern RECURRING = Pattern.compile("thuong xuyen(?:\\s*[(,;-]?\\s*(hang thang|hang quy|6 thang mot lan|hang nam)\\s*\\)?)?");

    private DeadlineText() {
    }

    /**
     * The deadline a text means in a plan of {@code planYear}.
     *
     * @throws RuleViolation with a Vietnamese message key when the text is empty, not a deadline, names a day that
     *                       does not exist, or falls outside the plan's year
     */
    public static TaskDeadline parse(String text, int planYear) {
        String normalized = VietnameseText.normalize(text);
        if (normalized == null || normalized.isEmpty()) {
            throw new RuleViolation("task.deadline.required");
        }
        String folded = VietnameseText.fold(normalized).toLowerCase(Locale.ROOT).replaceAll("\\s*\\.\\s*$", "");
        TaskDeadline deadline = read(folded, normalized, planYear);
        if (deadline.dueDate().getYear() != planYear) {
            // a year is written without a thousands separator: MessageFormat would write 2026 as "2.026"
            throw new RuleViolation("task.deadline.outsidePlanYear", String.valueOf(planYear));
        }
        return deadline;
    }

    private static TaskDeadline read(String folded, String original, int planYear) {
        Matcher m = DATE.matcher(folded);
        if (m.matches()) {
            try {
                return TaskDeadline.date(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            } catch (DateTimeException e) {
                throw new RuleViolation("task.import.deadline.noSuchDay", original);
            }
        }
        m = QUARTER.matcher(folded);
        if (m.matches()) {
            return TaskDeadline.quarter(year(m.group(2), planYear), QUARTERS.get(m.group(1)));
        }
        m = HALF.matcher(folded);
        if (m.matches()) {
            return TaskDeadline.halfYear(year(m.group(2), planYear), m.group(1).equals("dau") ? 1 : 2);
        }
        m = WHOLE_YEAR.matcher(folded);
        if (m.matches()) {
            return TaskDeadline.year(year(m.group(1), planYear));
        }
        m = RECURRING.matcher(folded);
        if (m.matches()) {
            return TaskDeadline.recurring(planYear, m.group(1) == null ? RecurringPeriod.QUARTER : EVERY.get(m.group(1)));
        }
        throw new RuleViolation("task.import.deadline.unreadable", original);
    }

    private static int year(String written, int planYear) {
        return written == null ? planYear : Integer.parseInt(written);
    }

    /** The deadline as the plan writes it: "15/03/2024", "Quý I/2024", "Thường xuyên (hằng tháng)". */
    public static String format(TaskDeadline deadline) {
        int year = deadline.dueDate().getYear();
        return switch (deadline.kind()) {
            case DATE -> VietnameseFormat.date(deadline.dueDate());
            case QUARTER -> "Quý " + ROMAN[deadline.period()] + "/" + year;
            case HALF_YEAR -> (deadline.period() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
            case RECURRING -> switch (deadline.recurringPeriod()) {
                case MONTH -> "Thường xuyên (hằng tháng)";
                case QUARTER -> "Thường xuyên";
                case HALF_YEAR -> "Thường xuyên (6 tháng một lần)";
                case YEAR -> "Thường xuyên (hằng năm)";
            };
        };
    }

    /**
     * The same deadline one year later, for a plan copied to the next year: a date moves to the same day (29/02
     * to 28/02), a quarter, half or year to the same period, and a recurring task stays recurring.
     */
    public static TaskDeadline nextYear(TaskDeadline deadline) {
        int year = deadline.dueDate().getYear() + 1;
        return switch (deadline.kind()) {
            case DATE -> TaskDeadline.date(deadline.dueDate().plusYears(1));
            case QUARTER -> TaskDeadline.quarter(year, deadline.period());
            case HALF_YEAR -> TaskDeadline.halfYear(year, deadline.period());
            case YEAR -> TaskDeadline.year(year);
            case RECURRING -> TaskDeadline.recurring(year, deadline.recurringPeriod());
        };
    }
}
