package vn.danvan.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar exactly as the Flyway seed (V21) ships it, read from the migration's own rows, so that the
 * unit tests check the seeded data and not a copy of it.
 */
final class SeededCalendar {

    private static final String SEED = "/db/migration/calendar/V21__calendar_seed.sql";
    private static final Pattern RULE = Pattern.compile(
            "\\('([^']+)',\\s*'(FIXED_SOLAR|LUNAR)',\\s*(\\d+),\\s*(\\d+),\\s*(-?\\d+),\\s*(\\d+),\\s*"
            + "(?:DATE '([\\d-]+)'|NULL),\\s*(?:DATE '([\\d-]+)'|NULL),\\s*'([^']+)'\\)");
    private static final Pattern DAY = Pattern.compile(
            "\\(DATE '([\\d-]+)',\\s*'(DAY_OFF|WORKING_DAY)',\\s*'([^']*)',\\s*'([^']*)',\\s*'([^']*)'\\)");

    private SeededCalendar() {
    }

    static CalendarRules rules() {
        return new CalendarRules(holidayRules(), yearlyDays());
    }

    /** The rules only, as in a year that has no announcement yet. */
    static CalendarRules withYearlyDays(List<YearlyDay> days) {
        return new CalendarRules(holidayRules(), days);
    }

    static List<HolidayRule> holidayRules() {
        List<HolidayRule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(seed());
        long id = 1;
        while (m.find()) {
            rules.add(new HolidayRule(id++, m.group(1), HolidayRule.Kind.valueOf(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? null : LocalDate.parse(m.group(7)),
                    m.group(8) == null ? null : LocalDate.parse(m.group(8)), m.group(9)));
        }
        return rules;
    }

    static List<YearlyDay> yearlyDays() {
        List<YearlyDay> days = new ArrayList<>();
        Matcher m = DAY.matcher(seed());
        while (m.find()) {
            days.add(new YearlyDay(LocalDate.parse(m.group(1)), YearlyDay.Kind.valueOf(m.group(2)), m.group(3), m.group(4), m.group(5)));
        }
        return days;
    }

    private static String seed() {
        try (InputStream in = SeededCalendar.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
