package vn.danvan.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.CalendarImportReport.Line;
import vn.danvan.calendar.CalendarImportReport.Message;
import vn.danvan.calendar.CalendarImportReport.Status;
import vn.danvan.calendar.internal.CalendarFile;
import vn.danvan.calendar.internal.CalendarRepository;
import vn.danvan.system.SheetReader;
import vn.danvan.system.VietnameseText;

/**
 * Imports the yearly calendar the government announces from a CSV or XLSX file (columns ngày dd/MM/yyyy,
 * loại "nghỉ"/"làm việc", lý do, căn cứ). All or nothing: a file with one wrong row changes nothing and
 * says which rows are wrong; a good file adds its days and replaces the rows of the same dates.
 */
@Service
public class YearlyCalendarImport {

    private final WorkingCalendar calendar;
    private final CalendarRepository repository;

    public YearlyCalendarImport(WorkingCalendar calendar, CalendarRepository repository) {
        this.calendar = calendar;
        this.repository = repository;
    }

    @Transactional
    public CalendarImportReport apply(String fileName, InputStream content) {
        String name = SheetReader.displayName(fileName);
        List<CalendarFile.Row4> rows;
        try {
            rows = CalendarFile.read(name, content);
        } catch (SheetReader.Unreadable e) {
            // the header is the first row: a file without one has no row at all
            String key = e.problem() == SheetReader.Problem.NO_HEADER ? "calendar.import.empty" : e.key();
            return new CalendarImportReport(name, Message.of(key, e.arguments()), List.of(), false);
        }
        List<Line> lines = new ArrayList<>();
        List<YearlyDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (CalendarFile.Row4 row : rows) {
            List<Message> errors = new ArrayList<>();
            LocalDate date = SheetReader.date(row.date());
            if (date == null) {
                errors.add(Message.of("calendar.import.row.date", row.date()));
            } else if (date.getYear() < WorkingCalendar.FIRST_YEAR || date.getYear() > WorkingCalendar.LAST_YEAR) {
                errors.add(Message.of("calendar.import.row.year", WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR));
            } else if (seen.containsKey(date)) {
                errors.add(Message.of("calendar.import.row.duplicate", seen.get(date)));
            }
            if (date != null) {
                seen.putIfAbsent(date, row.row());
            }
            YearlyDay.Kind kind = kind(row.kind());
            if (kind == null) {
                errors.add(Message.of("calendar.import.row.kind", row.kind()));
            }
            if (row.reason().isBlank()) {
                errors.add(Message.of("calendar.import.row.reason"));
            }
            if (row.reason().length() > 300 || row.legalBasis().length() > 300) {
                errors.add(Message.of("calendar.day.tooLong", 300));
            }
            Status status = Status.ERROR;
            if (errors.isEmpty()) {
                YearlyDay day = new YearlyDay(date, kind, row.reason(), row.legalBasis(), "Nhập từ tệp " + name);
                Optional<YearlyDay> existing = repository.yearlyDay(date);
                status = existing.isEmpty() ? Status.NEW : existing.get().sameAs(day) ? Status.UNCHANGED : Status.UPDATED;
                if (status != Status.UNCHANGED) {
                    days.add(day);
                }
            }
            lines.add(new Line(row.row(), row.date(), date, row.kind(), row.reason(), row.legalBasis(), status, errors));
        }
        CalendarImportReport report = new CalendarImportReport(name, null, lines, false);
        if (!report.ok()) {
            return report;
        }
        if (!days.isEmpty()) {
            calendar.saveAll(days, name);
        }
        return new CalendarImportReport(name, null, lines, true);
    }

    /** "nghỉ" / "làm việc" (diacritics optional), or the stored names. */
    static YearlyDay.Kind kind(String text) {
        String folded = VietnameseText.fold(text);
        return switch (folded) {
            case "nghi", "ngay nghi", "day_off" -> YearlyDay.Kind.DAY_OFF;
            case "lam viec", "ngay lam viec", "di lam", "working_day" -> YearlyDay.Kind.WORKING_DAY;
            default -> null;
        };
    }
}
