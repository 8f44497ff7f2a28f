package vn.danvan.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as a Vietnamese official writes them: 38.500, 12,17%, 14/01/2022. */
public final class VietnameseFormat {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VietnameseFormat() {
    }

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        // the school rule of rounding (and Excel's): a dropped 5 rounds up, 12,165 -> 12,17 (DecimalFormat's default is HALF_EVEN)
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    public static String number(long value) {
        return decimalFormat("#,##0").format(value);
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : decimalFormat("#,##0.##").format(value);
    }

    /** 12,17% — two decimals at most, trailing zeros dropped. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : decimalFormat("#,##0.##").format(value) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(ZONE));
    }
}
