package vn.danvan.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.calendar.CountingMode;
import vn.danvan.calendar.HolidayRule;
import vn.danvan.calendar.YearlyDay;

/** The calendar (V21) and the rule table (V41) exactly as the Flyway seeds ship them, for unit tests. */
final class SeededRules {

    private static final Pattern HOLIDAY = Pattern.compile(
            "\\('([^']+)',\\s*'(FIXED_SOLAR|LUNAR)',\\s*(\\d+),\\s*(\\d+),\\s*(-?\\d+),\\s*(\\d+),\\s*"
            + "(?:DATE '([\\d-]+)'|NULL),\\s*(?:DATE '([\\d-]+)'|NULL),\\s*'([^']+)'\\)");
    private static final Pattern DAY = Pattern.compile(
            "\\(DATE '([\\d-]+)',\\s*'(DAY_OFF|WORKING_DAY)',\\s*'([^']*)',\\s*'([^']*)',\\s*'([^']*)'\\)");
    private static final Pattern RULE = Pattern.compile(
            "\\('([A-Z]+)', (\\d), '([A-Z_]+)', '([A-Z_]+)', (\\d+), '([A-Z]+)', (\\d+), (\\d+), (TRUE|FALSE), DATE '([\\d-]+)', "
            + "(?:DATE '([\\d-]+)'|NULL), '([^']+)', (TRUE|FALSE), (?:'([^']*)'|NULL),");

    private SeededRules() {
    }

    static CalendarRules calendar() {
        String seed = read("/db/migration/calendar/V21__calendar_seed.sql");
        List<HolidayRule> rules = new ArrayList<>();
        Matcher m = HOLIDAY.matcher(seed);
        long id = 1;
        while (m.find()) {
            rules.add(new HolidayRule(id++, m.group(1), HolidayRule.Kind.valueOf(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? null : LocalDate.parse(m.group(7)), m.group(8) == null ? null : LocalDate.parse(m.group(8)),
                    m.group(9)));
        }
        List<YearlyDay> days = new ArrayList<>();
        Matcher d = DAY.matcher(seed);
        while (d.find()) {
            days.add(new YearlyDay(LocalDate.parse(d.group(1)), YearlyDay.Kind.valueOf(d.group(2)), d.group(3), d.group(4), d.group(5)));
        }
        return new CalendarRules(rules, days);
    }

    static List<LegalRule> legalRules() {
        Matcher m = RULE.matcher(read("/db/migration/petition/V41__legal_rule_seed.sql"));
        List<LegalRule> rules = new ArrayList<>();
        long id = 1;
        while (m.find()) {
            rules.add(new LegalRule(id++, m.group(1), Integer.parseInt(m.group(2)), RuleStep.valueOf(m.group(3)),
                    RuleVariant.valueOf(m.group(4)), Integer.parseInt(m.group(5)), CountingMode.valueOf(m.group(6)),
                    Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Boolean.parseBoolean(m.group(9).toLowerCase()),
                    LocalDate.parse(m.group(10)), m.group(11) == null ? null : LocalDate.parse(m.group(11)), m.group(12),
                    Boolean.parseBoolean(m.group(13).toLowerCase()), m.group(14), null, null, "system"));
        }
        return rules;
    }

    private static String read(String resource) {
        try (InputStream in = SeededRules.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
