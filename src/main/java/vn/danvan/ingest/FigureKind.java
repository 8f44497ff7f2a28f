package vn.danvan.ingest;

import java.util.Locale;

/** What a figure measures; the JSON name is the lower-case word. */
public enum FigureKind {
    /** A number of things: "trên 38.500 lượt công dân". */
    COUNT,
    /** Money, with scale words multiplied in: "64.239 tỷ đồng", "4 tỷ 180 triệu USD". */
    AMOUNT,
    /** Anything written with %, increases and decreases included: "12,17%", "tăng 10,5%". */
    PERCENT,
    /** Part of a whole: "73/102 nhiệm vụ", "80/86 xã". */
    RATIO,
    /** A place in a ranking: "xếp thứ 07/63", "đứng thứ 43/63 tỉnh thành". */
    RANK,
    /** How many times: "gấp 5,2 lần". */
    MULTIPLIER,
    /** A non-percent increment: "tăng 7 bậc". */
    CHANGE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
