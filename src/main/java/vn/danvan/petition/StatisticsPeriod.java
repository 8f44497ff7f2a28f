package vn.danvan.petition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;

/**
 * The period a figure covers, both days included, as a value with a short code ("2026-03", "2026-Q1", "BC-2026-H1")
 * parsed once at the edge. Calendar periods (month, quarter, first or last 6 months, first 9 months, year) and the
 * reporting periods of Nghị định 09/2019/NĐ-CP, Art. 12, whose data are cut off on the 14th: a monthly report
 * covers the 15th of the previous month to the 14th; a quarterly one the 15th of the month before the quarter to
 * the 14th of its last month; the 6-month report 15/12 of the previous year to 14/06; the annual report 15/12 of
 * the previous year to 14/12. (Art. 12 — cần đối chiếu with the official text; the quarterly cut-off follows the
 * same pattern.) Anything else is a free range.
 */
public record StatisticsPeriod(Kind kind, LocalDate from, LocalDate to, String code) {

    /** Longest free range, so that nobody asks for a century by a typo in the year. */
    static final int MAX_RANGE_YEARS = 20;

    public enum Kind {
        MONTH, QUARTER, FIRST_HALF, SECOND_HALF, NINE_MONTHS, YEAR,
        /** Nghị định 09/2019/NĐ-CP, Art. 12: from the 15th of the previous month to the 14th. */
        REPORT_MONTH,
        /** From the 15th of the month before the quarter to the 14th of its last month. */
        REPORT_QUARTER,
        /** From 15/12 of the previous year to 14/06. */
        REPORT_HALF_YEAR,
        /** From 15/12 of the previous year to 14/12. */
        REPORT_YEAR,
        RANGE;

        public boolean isReportingPeriod() {
            return name().startsWith("REPORT_");
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE_CODE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public StatisticsPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("petition.stats.period.invalid");
        }
        if (from.plusYears(MAX_RANGE_YEARS).isBefore(to)) {
            throw new RuleViolation("petition.stats.period.tooLong", MAX_RANGE_YEARS);
        }
    }

    // --- factories

    public static StatisticsPeriod month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new StatisticsPeriod(Kind.MONTH, m.atDay(1), m.atEndOfMonth(), "%04d-%02d".formatted(year, month));
    }

    public static StatisticsPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new StatisticsPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    /** 6 tháng đầu năm (half 1) or 6 tháng cuối năm (half 2). */
    public static StatisticsPeriod half(int year, int half) {
        return half == 1 ? new StatisticsPeriod(Kind.FIRST_HALF, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), year + "-H1")
                : new StatisticsPeriod(Kind.SECOND_HALF, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), year + "-H2");
    }

    /** 9 tháng đầu năm. */
    public static StatisticsPeriod nineMonths(int year) {
        return new StatisticsPeriod(Kind.NINE_MONTHS, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30), year + "-9M");
    }

    public static StatisticsPeriod year(int year) {
        return new StatisticsPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
    }

    /** The reporting month of Nghị định 09/2019/NĐ-CP: tháng 3/2026 is 15/02/2026 – 14/03/2026. */
    public static StatisticsPeriod reportMonth(int year, int month) {
        LocalDate to = LocalDate.of(year, month, 14);
        return new StatisticsPeriod(Kind.REPORT_MONTH, to.minusMonths(1).plusDays(1), to, "BC-%04d-%02d".formatted(year, month));
    }

    /** Quý I/2026 is 15/12/2025 – 14/03/2026. */
    public static StatisticsPeriod reportQuarter(int year, int quarter) {
        LocalDate to = LocalDate.of(year, quarter * 3, 14);
        return new StatisticsPeriod(Kind.REPORT_QUARTER, to.minusMonths(3).plusDays(1), to, "BC-" + year + "-Q" + quarter);
    }

    /** 6 tháng 2026 is 15/12/2025 – 14/06/2026. */
    public static StatisticsPeriod reportHalfYear(int year) {
        return new StatisticsPeriod(Kind.REPORT_HALF_YEAR, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), "BC-" + year + "-H1");
    }

    /** Năm 2026 is 15/12/2025 – 14/12/2026. */
    public static StatisticsPeriod reportYear(int year) {
        return new StatisticsPeriod(Kind.REPORT_YEAR, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14), "BC-" + year);
    }

    public static StatisticsPeriod range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new RuleViolation("petition.stats.period.invalid");
        }
        return new StatisticsPeriod(Kind.RANGE, from, to, from + "_" + to);
    }

    /** The reporting month (Nghị định 09/2019) that contains a day: from the 15th on, the next month's. */
    public static StatisticsPeriod reportMonthContaining(LocalDate day) {
        YearMonth m = YearMonth.from(day);
        if (day.getDayOfMonth() >= 15) {
            m = m.plusMonths(1);
        }
        return reportMonth(m.getYear(), m.getMonthValue());
    }

    public static StatisticsPeriod reportQuarterContaining(LocalDate day) {
        StatisticsPeriod month = reportMonthContaining(day);
        int m = month.to().getMonthValue();
        return reportQuarter(month.to().getYear(), (m - 1) / 3 + 1);
    }

    public static StatisticsPeriod reportYearContaining(LocalDate day) {
        return reportYear(day.isAfter(LocalDate.of(day.getYear(), 12, 14)) ? day.getYear() + 1 : day.getYear());
    }

    /**
     * Reads a period code; {@code null} or blank gives null. Unknown codes and impossible months are refused
     * with a Vietnamese message, never guessed.
     */
    public static StatisticsPeriod parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        boolean report = c.startsWith("BC-");
        String rest = report ? c.substring(3) : c;
        try {
            Matcher m;
            if ((m = MONTH.matcher(rest)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new RuleViolation("petition.stats.period.unknown", code);
                }
                return report ? reportMonth(Integer.parseInt(m.group(1)), month) : month(Integer.parseInt(m.group(1)), month);
            }
            if ((m = QUARTER.matcher(rest)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                return report ? reportQuarter(y, q) : quarter(y, q);
            }
            if ((m = HALF.matcher(rest)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int h = Integer.parseInt(m.group(2));
                if (report && h == 2) {
                    throw new RuleViolation("petition.stats.period.unknown", code);
                }
                return report ? reportHalfYear(y) : half(y, h);
            }
            if (!report && (m = NINE.matcher(rest)).matches()) {
                return nineMonths(Integer.parseInt(m.group(1)));
            }
            if ((m = YEAR.matcher(rest)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return report ? reportYear(y) : year(y);
            }
            if (!report && (m = RANGE_CODE.matcher(rest)).matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new RuleViolation("petition.stats.period.unknown", code);
        }
        throw new RuleViolation("petition.stats.period.unknown", code);
    }

    /**
     * What the form offers as presets around a day: this and last month, this quarter, the halves, 9 months, this and
     * last year, and the reporting periods of Nghị định 09/2019 that contain the day (and the last complete month).
     */
    public static List<StatisticsPeriod> presets(LocalDate today) {
        int y = today.getYear();
        LinkedHashSet<StatisticsPeriod> presets = new LinkedHashSet<>();
        presets.add(month(y, today.getMonthValue()));
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        presets.add(month(previous.getYear(), previous.getMonthValue()));
        presets.add(quarter(y, (today.getMonthValue() - 1) / 3 + 1));
        presets.add(half(y, 1));
        presets.add(half(y, 2));
        presets.add(nineMonths(y));
        presets.add(year(y));
        presets.add(year(y - 1));
        StatisticsPeriod reportMonth = reportMonthContaining(today);
        presets.add(reportMonth);
        presets.add(reportMonthContaining(reportMonth.from().minusDays(1)));
        presets.add(reportQuarterContaining(today));
        int reportYear = reportYearContaining(today).to().getYear();
        presets.add(reportHalfYear(reportYear));
        presets.add(reportYear(reportYear));
        presets.add(reportYear(reportYear - 1));
        return new ArrayList<>(presets);
    }

    // --- reading

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The day at which "still pending" and "overdue" are judged: the period's last day, or today when the period
     * has not ended yet.
     */
    public LocalDate asOf(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    /** The name the reports use: "tháng 3/2026", "quý I/2026", "6 tháng đầu năm 2026", "kỳ báo cáo năm 2026"… */
    public String label() {
        return switch (kind) {
            case MONTH -> "tháng " + from.getMonthValue() + "/" + from.getYear();
            case QUARTER -> "quý " + ROMAN[(from.getMonthValue() - 1) / 3] + "/" + from.getYear();
            case FIRST_HALF -> "6 tháng đầu năm " + from.getYear();
            case SECOND_HALF -> "6 tháng cuối năm " + from.getYear();
            case NINE_MONTHS -> "9 tháng đầu năm " + from.getYear();
            case YEAR -> "năm " + from.getYear();
            case REPORT_MONTH -> "kỳ báo cáo tháng " + to.getMonthValue() + "/" + to.getYear();
            case REPORT_QUARTER -> "kỳ báo cáo quý " + ROMAN[to.getMonthValue() / 3 - 1] + "/" + to.getYear();
            case REPORT_HALF_YEAR -> "kỳ báo cáo 6 tháng đầu năm " + to.getYear();
            case REPORT_YEAR -> "kỳ báo cáo năm " + to.getYear();
            case RANGE -> "từ ngày " + VietnameseFormat.date(from) + " đến ngày " + VietnameseFormat.date(to);
        };
    }

    /** "Số liệu tính từ ngày 15/12/2025 đến ngày 14/06/2026", as the forms write it. */
    public String dataRange() {
        return "từ ngày " + VietnameseFormat.date(from) + " đến ngày " + VietnameseFormat.date(to);
    }

    /** "Quý I/2026 (01/01/2026 – 31/03/2026)": the label with its days, for pickers. */
    public String labelWithDays() {
        String label = label();
        String capitalized = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return kind == Kind.RANGE ? capitalized
                : capitalized + " (" + VietnameseFormat.date(from) + " – " + VietnameseFormat.date(to) + ")";
    }
}
