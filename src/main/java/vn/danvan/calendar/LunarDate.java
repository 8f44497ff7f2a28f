package vn.danvan.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day   1–30
 * @param month 1–12
 * @param year  the lunar year, numbered as the solar year in which its first day falls
 * @param leap  true for the leap (nhuận) month that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("not a lunar date: " + day + "/" + month + "/" + year);
        }
    }

    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " (nhuận)" : "") + "/" + year + " ÂL";
    }
}
