package vn.danvan.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * One statistic in a text.
 *
 * @param surface     the original text: qualifier, number and unit ("trên 38.500 lượt công dân", "64.239 tỷ đồng",
 *                    "12,17%"), and the word that sets the kind of a change, multiplier or rank ("tăng 7 bậc",
 *                    "gấp 5,2 lần", "đứng thứ 43/63 tỉnh thành")
 * @param start       offset of the surface in the original text (a Java String index)
 * @param end         offset just after the surface
 * @param value       the number with scale words multiplied in, always positive; for a ratio or rank the numerator
 * @param approx      "trên", "hơn", "gần" or "khoảng" as written, else null ("ước" estimates, it does not qualify)
 * @param unit        "%", "lần", "bậc", the currency ("đồng", "USD") or the counted noun phrase; may be null
 * @param kind        what the figure measures
 * @param numerator   for a ratio or rank, else null; a score may have decimals ("85,46/100 điểm")
 * @param denominator for a ratio or rank when written, else null
 * @param note        free text: a decrease, a dot used as decimal separator…; or null
 * @param warnings    what was irregular in the written figure
 */
public record Figure(String surface, int start, int end, BigDecimal value, String approx, String unit, FigureKind kind,
                     BigDecimal numerator, BigDecimal denominator, String note, List<ReadingWarning> warnings) {

    public Figure {
        value = plain(value);
        numerator = numerator == null ? null : plain(numerator);
        denominator = denominator == null ? null : plain(denominator);
        warnings = List.copyOf(warnings);
    }

    /** 6.07E+7 becomes 60700000 and 12.170 becomes 12.17, so that equal values print alike. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
