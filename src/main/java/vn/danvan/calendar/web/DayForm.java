package vn.danvan.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.calendar.YearlyDay;

/** The form adding or editing a day of the yearly table. */
record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @NotNull YearlyDay.Kind kind,
               @NotBlank @Size(max = 300) String reason,
               @Size(max = 300) String legalBasis) {

    static DayForm blank() {
        return new DayForm(null, YearlyDay.Kind.DAY_OFF, "", "");
    }

    static DayForm of(YearlyDay day) {
        return new DayForm(day.date(), day.kind(), day.reason(), day.legalBasis());
    }

    YearlyDay toDay() {
        return new YearlyDay(date, kind, reason, legalBasis, "");
    }
}
