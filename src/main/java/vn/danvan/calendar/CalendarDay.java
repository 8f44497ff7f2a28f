package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.danvan.system.VietnameseFormat;

/**
 * A day as the working calendar resolves it: working or not, and why.
 *
 * @param name       the holiday's name or the yearly table's reason; empty for ordinary days and weekends
 * @param legalBasis the law or notice behind it
 */
public record CalendarDay(LocalDate date, boolean working, Cause cause, String name, String legalBasis) {

    public enum Cause {
        /** An ordinary Monday–Friday. */
        WORKDAY,
        /** Saturday or Sunday (Quyết định 188/1999/QĐ-TTg). */
        WEEKEND,
        /** A public holiday of the rule table (Bộ luật Lao động 2019, Art. 112). */
        HOLIDAY,
        /** The working day after a holiday that fell on a weekend (Bộ luật Lao động 2019, Art. 111–112). */
        COMPENSATORY,
        /** A day off of the yearly table (announced by the government). */
        ANNOUNCED_DAY_OFF,
        /** A weekend day made a working day by the yearly table (a swap). */
        ANNOUNCED_WORKING_DAY
    }

    public static final String WEEKEND_BASIS = "Quyết định 188/1999/QĐ-TTg";

    /** Shown next to a date: "Chủ nhật (nghỉ hằng tuần)", "Tết Nguyên Đán", "Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)". */
    public String reason() {
        return switch (cause) {
            case WORKDAY -> "Ngày làm việc";
            case WEEKEND -> weekday(date) + " (nghỉ hằng tuần)";
            case ANNOUNCED_WORKING_DAY -> name.isEmpty() ? "Làm việc (hoán đổi)" : name;
            default -> name;
        };
    }

    /** 16/02/2026. */
    public String displayDate() {
        return VietnameseFormat.date(date);
    }

    /** "Thứ Hai" … "Chủ nhật" of this day. */
    public String weekday() {
        return weekday(date);
    }

    /** The Vietnamese name of the day of the week: "Thứ Hai" … "Chủ nhật". */
    public static String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SUNDAY ? "Chủ nhật" : switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            default -> "Thứ Bảy";
        };
    }

    @Override
    public String toString() {
        return weekday(date) + " " + VietnameseFormat.date(date) + ": " + reason();
    }
}
