package vn.danvan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.internal.CalendarRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;

/**
 * The working-day calendar of the province's agencies: whether a day is a working day, and when a period ends.
 * The arithmetic is {@link CalendarRules}'; this service keeps a snapshot of the tables, edits the yearly
 * table, audits every change and publishes {@link WorkingCalendarChanged}, after whose commit the snapshot is
 * rebuilt.
 */
@Service
public class WorkingCalendar {

    /** The years the lunar conversion and the screens are meant for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private final CalendarRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile CalendarRules snapshot;

    public WorkingCalendar(CalendarRepository repository, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The calendar as it stands: rules and yearly table. */
    public CalendarRules rules() {
        CalendarRules current = snapshot;
        if (current == null) {
            long seen = generation.get();
            current = new CalendarRules(repository.holidayRules(), repository.yearlyDays());
            // a change committed while loading makes this snapshot stale: use it once, keep it only if still current
            if (generation.get() == seen) {
                snapshot = current;
            }
        }
        return current;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isWorkingDay(LocalDate date) {
        return rules().isWorkingDay(date);
    }

    public CalendarDay day(LocalDate date) {
        return rules().day(date);
    }

    /** See {@link CalendarRules#addWorkingDays}: counting starts the day after (BLDS 2015, Art. 147). */
    public Deadline addWorkingDays(LocalDate start, int days) {
        return rules().addWorkingDays(start, requirePeriod(days));
    }

    /** See {@link CalendarRules#addCalendarDays}: the end moves to the next working day (BLDS 2015, Art. 148). */
    public Deadline addCalendarDays(LocalDate start, int days) {
        return rules().addCalendarDays(start, requirePeriod(days));
    }

    public Deadline deadline(LocalDate start, int days, CountingMode mode) {
        requireYear(start.getYear());
        return rules().add(start, requirePeriod(days), mode);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules().workingDaysBetween(from, to);
    }

    public List<CalendarDay> daysOff(int year) {
        return rules().daysOff(requireYear(year));
    }

    /** Days off and swapped working days of a year. */
    public List<CalendarDay> specialDays(int year) {
        return rules().specialDays(requireYear(year));
    }

    public List<YearlyDay> yearlyDays(int year) {
        return rules().yearlyDays(requireYear(year));
    }

    public List<HolidayRule> holidayRules() {
        return rules().holidayRules();
    }

    public Optional<YearlyDay> yearlyDay(LocalDate date) {
        return repository.yearlyDay(date);
    }

    /** Adds a day to the yearly table, or replaces the row of that date. */
    @Transactional
    public void saveDay(YearlyDay day) {
        check(day);
        Optional<YearlyDay> before = repository.yearlyDay(day.date());
        YearlyDay saved = new YearlyDay(day.date(), day.kind(), day.reason(), day.legalBasis(),
                day.source().isEmpty() ? "Nhập tay: " + currentActor() : day.source());
        repository.save(saved);
        audit.record(before.isPresent() ? "CALENDAR_DAY_UPDATED" : "CALENDAR_DAY_ADDED", "calendar_day", day.date(),
                describe(saved) + before.map(old -> " (trước đó: " + describe(old) + ")").orElse(""));
        changed(List.of(day.date()));
    }

    @Transactional
    public void deleteDay(LocalDate date) {
        YearlyDay before = repository.yearlyDay(date).orElseThrow(() -> new NotFoundException("calendar.day.notFound"));
        repository.delete(date);
        audit.record("CALENDAR_DAY_DELETED", "calendar_day", date, describe(before));
        changed(List.of(date));
    }

    /** Writes the rows of an import, all in the caller's transaction; audited as one action. */
    @Transactional
    public void saveAll(List<YearlyDay> days, String fileName) {
        days.forEach(WorkingCalendar::check);
        days.forEach(repository::save);
        List<LocalDate> dates = new ArrayList<>(days.stream().map(YearlyDay::date).toList());
        audit.record("CALENDAR_IMPORTED", "calendar_day", fileName,
                "Nhập " + days.size() + " ngày từ tệp " + fileName);
        changed(dates);
    }

    /** Drops the snapshot once the change is committed (or at once, outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void reloadAfter(WorkingCalendarChanged change) {
        generation.incrementAndGet();
        snapshot = null;
    }

    private void changed(List<LocalDate> dates) {
        events.publishEvent(new WorkingCalendarChanged(dates, currentActor()));
    }

    static void check(YearlyDay day) {
        requireYear(day.date().getYear());
        if (day.reason().isBlank()) {
            throw new RuleViolation("calendar.day.reasonRequired");
        }
        if (day.reason().length() > 300 || day.legalBasis().length() > 300 || day.source().length() > 300) {
            throw new RuleViolation("calendar.day.tooLong", 300);
        }
    }

    static int requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("calendar.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return year;
    }

    private static int requirePeriod(int days) {
        if (days < 0 || days > CalendarRules.MAX_PERIOD_DAYS) {
            throw new RuleViolation("calendar.deadline.daysOutOfRange", CalendarRules.MAX_PERIOD_DAYS);
        }
        return days;
    }

    private static String describe(YearlyDay day) {
        return VietnameseFormat.date(day.date()) + " " + (day.kind() == YearlyDay.Kind.DAY_OFF ? "nghỉ" : "làm việc")
                + ": " + day.reason() + (day.legalBasis().isEmpty() ? "" : " — " + day.legalBasis());
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
