package vn.danvan.calendar;

import java.time.LocalDate;

/**
 * Conversion between the solar (Gregorian) calendar and the Vietnamese lunar calendar.
 *
 * <p>This is Hồ Ngọc Đức's published algorithm: new moons (Meeus' series) and the sun's longitude computed
 * for the time zone UTC+7, month 11 as the month containing the winter solstice, and in a 13-month year the
 * leap month as the first month without a major solar term. Vietnam has used UTC+7 for this since 1968, and
 * that is why its calendar occasionally differs by a day or a month from the Chinese one (UTC+8, e.g. ICU's
 * {@code ChineseCalendar}): Tết 1985 was 21/01 in Vietnam and 20/02 in China, Tết 2007 was 17/02 in Vietnam and
 * 18/02 in China. Valid for the years the formulas were fitted for (about 1800–2199); used here for 1900–2100.
 *
 * <p>Pure and stateless: no Spring, no clock.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's time zone, in hours east of UTC. */
    static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    /** Julian day number of 1970-01-01 (at noon). */
    private static final long JD_EPOCH_DAY_0 = 2440588;

    private VietnameseLunarCalendar() {
    }

    /** The lunar date of a solar date. */
    public static LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        long k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        long a11 = lunarMonth11(date.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = lunarMonth11(date.getYear() - 1);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = lunarMonth11(date.getYear() + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException for a leap month that the year does not have, or day 30 of a 29-day month
     */
    public static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        long k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth <= 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month " + lunar.month());
            }
            if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        long nextMonthStart = newMoonDay(k + offset + 1);
        if (lunar.day() > nextMonthStart - monthStart) {
            throw new IllegalArgumentException("lunar month " + lunar.month() + "/" + lunar.year() + " has only "
                    + (nextMonthStart - monthStart) + " days");
        }
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    /** Mùng 1 Tết: the first day of the lunar year that begins in the given solar year. */
    public static LocalDate newYear(int year) {
        return toSolar(LunarDate.of(1, 1, year));
    }

    /**
     * The leap month of a lunar year (1–12), or 0 when the year has 12 months. The leap month is found per
     * solar-term year (month 11 to month 11), so a leap 11th or 12th month (as in 2033) belongs to the lunar
     * year of the following solar-term year's start.
     */
    public static int leapMonth(int lunarYear) {
        int early = leapMonthBetween(lunarMonth11(lunarYear - 1), lunarMonth11(lunarYear));
        if (early >= 1 && early <= 10) {
            return early;
        }
        int late = leapMonthBetween(lunarMonth11(lunarYear), lunarMonth11(lunarYear + 1));
        return late >= 11 ? late : 0;
    }

    private static int leapMonthBetween(long a11, long b11) {
        if (b11 - a11 <= 365) {
            return 0;
        }
        int leapMonth = leapMonthOffset(a11) - 2;
        return leapMonth <= 0 ? leapMonth + 12 : leapMonth;
    }

    /** How many days a lunar month has: 29 or 30. */
    public static int lengthOfMonth(int month, int lunarYear, boolean leap) {
        LocalDate first = toSolar(new LunarDate(1, month, lunarYear, leap));
        LocalDate next = first.plusDays(29);
        return toLunar(next).day() == 30 ? 30 : 29;
    }

    // --- Hồ Ngọc Đức's functions, for UTC+7 ---

    static long julianDay(LocalDate date) {
        // proleptic Gregorian; the published jdFromDate switches to the Julian calendar before 1582, irrelevant here
        return date.toEpochDay() + JD_EPOCH_DAY_0;
    }

    static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JD_EPOCH_DAY_0);
    }

    /** The time of the k-th new moon after 1900-01-01 13:52 UTC, as a Julian day (Meeus, Astronomical Algorithms). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The day (Julian day number, local time) of the k-th new moon. */
    static long newMoonDay(long k) {
        return floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude in radians, 0..2π, at a Julian day (UTC). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * floor(l / (Math.PI * 2));
    }

    /** The sun's longitude at the start of a local day, as one of 12 sectors (0 = from the spring equinox). */
    static int sunLongitudeSector(long dayNumber) {
        return (int) floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The first day of lunar month 11 (the month of the winter solstice) in a solar year. */
    static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** In a 13-month year starting at month 11 on day a11, the offset of the leap month from month 11. */
    static int leapMonthOffset(long a11) {
        long k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long floor(double value) {
        return (long) Math.floor(value);
    }
}
