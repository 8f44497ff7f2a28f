package vn.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.calendar.HolidayRule;
import vn.danvan.calendar.YearlyDay;

/** SQL of the holiday rules and the yearly calendar. */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayRule> holidayRules() {
        return jdbc.sql("""
                SELECT id, name, kind, holiday_month, holiday_day, offset_days, length_days, valid_from, valid_to, legal_basis
                FROM calendar_holiday_rule ORDER BY valid_from, holiday_month, holiday_day, id""")
                .query((rs, n) -> new HolidayRule(rs.getLong("id"), rs.getString("name"),
                        HolidayRule.Kind.valueOf(rs.getString("kind")), rs.getInt("holiday_month"), rs.getInt("holiday_day"),
                        rs.getInt("offset_days"), rs.getInt("length_days"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("legal_basis")))
                .list();
    }

    public List<YearlyDay> yearlyDays() {
        return jdbc.sql("SELECT calendar_date, kind, reason, legal_basis, source FROM calendar_day ORDER BY calendar_date")
                .query((rs, n) -> new YearlyDay(rs.getObject("calendar_date", LocalDate.class),
                        YearlyDay.Kind.valueOf(rs.getString("kind")), rs.getString("reason"),
                        rs.getString("legal_basis"), rs.getString("source")))
                .list();
    }

    public Optional<YearlyDay> yearlyDay(LocalDate date) {
        return jdbc.sql("SELECT calendar_date, kind, reason, legal_basis, source FROM calendar_day WHERE calendar_date = :date")
                .param("date", date)
                .query((rs, n) -> new YearlyDay(rs.getObject("calendar_date", LocalDate.class),
                        YearlyDay.Kind.valueOf(rs.getString("kind")), rs.getString("reason"),
                        rs.getString("legal_basis"), rs.getString("source")))
                .optional();
    }

    /** Inserts the row, or replaces the one of the same date. */
    public void save(YearlyDay day) {
        int updated = jdbc.sql("""
                UPDATE calendar_day SET kind = :kind, reason = :reason, legal_basis = :basis, source = :source
                WHERE calendar_date = :date""")
                .param("kind", day.kind().name()).param("reason", day.reason()).param("basis", day.legalBasis())
                .param("source", day.source()).param("date", day.date()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO calendar_day (calendar_date, kind, reason, legal_basis, source)
                    VALUES (:date, :kind, :reason, :basis, :source)""")
                    .param("kind", day.kind().name()).param("reason", day.reason()).param("basis", day.legalBasis())
                    .param("source", day.source()).param("date", day.date()).update();
        }
    }

    public boolean delete(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = :date").param("date", date).update() > 0;
    }
}
