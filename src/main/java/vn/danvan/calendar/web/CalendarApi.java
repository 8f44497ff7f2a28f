package vn.danvan.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.calendar.CalendarDay;
import vn.danvan.calendar.CountingMode;
import vn.danvan.calendar.Deadline;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.system.RuleViolation;

/** REST API of the working calendar: a year's days off and swaps, and the deadline calculator. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc", description = "Ngày nghỉ lễ, Tết, nghỉ bù, ngày làm bù và tính thời hạn")
class CalendarApi {

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/deadline")
    @Operation(summary = "Tính thời hạn: ngày bắt đầu (sự kiện) + số ngày, tính theo ngày làm việc hoặc ngày lịch",
            description = "Thời hạn bắt đầu từ ngày tiếp theo (BLDS 2015, Điều 147); tính theo ngày lịch thì ngày cuối là "
                    + "ngày nghỉ được chuyển sang ngày làm việc tiếp theo (Điều 148). Kết quả kèm các ngày được bỏ qua và lý do.")
    DeadlineDto deadline(
            @Parameter(description = "Ngày xảy ra sự kiện, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Parameter(description = "Số ngày của thời hạn") @RequestParam int days,
            @Parameter(description = "working (ngày làm việc) hoặc calendar (ngày lịch)") @RequestParam(defaultValue = "working") String mode) {
        CountingMode counting;
        try {
            counting = CountingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("calendar.deadline.badMode", mode);
        }
        return DeadlineDto.of(calendar.deadline(start, days, counting));
    }

    @GetMapping("/{year}")
    @Operation(summary = "Ngày nghỉ (lễ, Tết, nghỉ bù, nghỉ theo thông báo) và ngày làm bù của một năm")
    YearDto year(@PathVariable int year) {
        return new YearDto(year, calendar.specialDays(year).stream().map(DayDto::of).toList());
    }

    record YearDto(int year, List<DayDto> days) {
    }

    record DayDto(String date, String weekday, boolean working, String cause, String reason, String legalBasis) {

        static DayDto of(CalendarDay day) {
            return new DayDto(day.date().toString(), CalendarDay.weekday(day.date()), day.working(), day.cause().name(),
                    day.reason(), day.legalBasis());
        }
    }

    record DeadlineDto(String start, int days, String mode, String nominalEnd, String due, boolean moved,
                       List<DayDto> skipped, List<String> rules) {

        static DeadlineDto of(Deadline deadline) {
            return new DeadlineDto(deadline.start().toString(), deadline.days(), deadline.mode().name().toLowerCase(Locale.ROOT),
                    deadline.nominalEnd().toString(), deadline.due().toString(), deadline.moved(),
                    deadline.skipped().stream().map(DayDto::of).toList(), deadline.rulesApplied());
        }
    }
}
