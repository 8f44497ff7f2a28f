package vn.danvan.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.document.DocumentNumber;

/**
 * Finds every statistic in a Vietnamese text: counts with their counted noun, amounts of money, percentages,
 * ratios, ranks, rank changes and multipliers.
 *
 * <p>Numbers are read the Vietnamese way ("38.500" is thirty-eight thousand five hundred, "12,17" twelve point
 * one seven), except "95.42%", read as 95.42 with a warning since no percentage runs into thousands. Scale words
 * are multiplied in ("64.239 tỷ đồng", "4 tỷ 180 triệu USD").
 *
 * <p>Not figures (seed corpus README): dates ("14/01/2021", "(5/4)", "30/4"), years and periods ("năm 2023",
 * "2016 - 2021"), durations ("Sau 5 năm", "10 tháng đầu năm"), document numbers, ordinals and numbering ("lần thứ
 * XIII", "khóa XV", "tổ 5"), names ("Covid-19", "đội K72") and page furniture (view counters glued to their label,
 * "0 trong 0 đánh giá"). A bare number with no unit is not a figure either: without the counted noun nobody can
 * say what it counts.
 */
public final class FigureExtractor {

    // A number as written. Not glued to a word or to another number's separator (Covid-19, K72, 10:53, the 63 of
    // 07/63, "truy cập1,451,698"), though a slash after a word separates two counts ("3.245 lượt/4.120 người").
    // Never read in part: the final look-ahead rejects a prefix of a longer run of digits and separators such as
    // the English-grouped 1,451,698 or a phone number 0271.3879. Lengths are bounded (15 digits ungrouped, six
    // groups of thousands): a longer run of digits is an identifier, not a quantity, and the bound keeps both the
    // matching and the BigDecimal parsing linear in the text.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}.,:_\\-–])(?<!\\p{N}\\h?/\\h?)"
                    + "(?:(?<grouped>\\d{1,3}(?:\\.\\d{3}){1,5}+(?:,\\d{1,6}+)?)"
                    + "|(?<dotted>\\d{1,3}\\.\\d{1,2})(?=\\h?%)"
                    + "|(?<plain>\\d{1,15}+(?:,\\d{1,6}+)?))"
                    + "(?![.,]?\\p{N})");

    // d/m/y, d-m-y and d.m.y with up to five year digits (a mistyped year is still a date, never a figure).
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\d{1,2}\\h?(?<sep>[/.-])\\h?\\d{1,2}\\h?\\k<sep>\\h?\\d{2,5}(?!\\p{N})");

    // A range or period: "2016 - 2021", "2021-2026", "5-7". Neither end is a figure of its own.
    private static final Pattern RANGE = Pattern.compile("\\h*[-–—]\\h*\\d++(?:[.,]\\d++)*+");

    // A number-symbol outside a recognised citation ("theo 16/CT-TTg"): a document number, not a figure.
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            DocumentNumber.IN_PROSE.replace("(?<![\\p{L}\\p{N}])", ""));

    private static final Pattern PERCENT_SIGN = Pattern.compile("\\h?%");

    // "/63" after a numerator, not followed by more date parts.
    private static final Pattern DENOMINATOR = Pattern.compile("\\h?/\\h?(?<den>\\d{1,5})(?!\\p{N}|[/.,\\-]\\p{N})");

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "nghìn", BigDecimal.valueOf(1_000), "ngàn", BigDecimal.valueOf(1_000),
            "triệu", BigDecimal.valueOf(1_000_000), "tỷ", BigDecimal.valueOf(1_000_000_000),
            "tỉ", BigDecimal.valueOf(1_000_000_000));

    private static final Set<String> CURRENCIES = Set.of("đồng", "vnđ", "vnd", "đ", "usd", "eur", "euro");

    /** After "đồng", these make a noun ("20 đồng chí", "đồng bào"), not money, unless a scale word came first. */
    private static final Set<String> DONG_COMPOUNDS = Set.of(
            "chí", "bào", "hương", "hành", "đội", "nghiệp", "chủ", "thời", "ý", "thuận", "minh", "bằng", "ruộng", "bộ",
            "tâm", "lòng", "hồ", "phục", "ca", "dạng", "đều", "loại", "cấp", "khởi", "tác", "lúa", "cỏ");

    private static final Set<String> APPROX = Set.of("trên", "hơn", "gần", "khoảng");

    /** Before "hơn", these make a comparison ("cao hơn 5%"), not an approximation. */
    private static final Set<String> COMPARATIVES = Set.of(
            "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "kém", "nhanh", "chậm", "sớm", "muộn", "hơn");

    /**
     * Words right before a number that make it a date, a period, an ordinal, a part of an address or of a legal
     * reference, rather than a quantity: "năm 2023", "tháng 12", "lần thứ 5", "khoản 2", "tổ 5", "số 10".
     */
    private static final Set<String> NOT_QUANTITY_AFTER = Set.of(
            "năm", "tháng", "ngày", "quý", "tuần", "giờ", "lúc", "kỳ", "khóa", "khoá", "đợt", "lần", "điều", "khoản",
            "chương", "mục", "phần", "tổ", "thôn", "ấp", "xóm", "khu", "khóm", "phố", "phường", "quận", "đường", "lộ",
            "tầng", "phòng", "trang", "mã", "đoạn", "hiệu", "hạng", "loại", "bước", "vòng", "phiên", "sáng", "chiều",
            "tối", "đêm", "hôm", "top", "version", "hotline", "kênh", "covid", "đoàn", "lớp", "khối");

    /** Units of time: a number before them is a duration or a date part ("Sau 5 năm", "10 tháng đầu năm"). */
    private static final Set<String> TIME_UNITS = Set.of(
            "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "quý", "thế", "tuổi", "đêm", "tiếng", "thập");

    /** Function words and verbs: a number followed by one of them has no counted noun. */
    private static final Set<String> NOT_A_NOUN = Set.of(
            "và", "với", "của", "cho", "trong", "trên", "dưới", "tại", "ở", "từ", "đến", "tới", "là", "có", "các",
            "những", "mọi", "mỗi", "được", "bị", "đã", "đang", "sẽ", "để", "theo", "về", "so", "bằng", "hoặc", "hay",
            "nhưng", "mà", "thì", "khi", "nếu", "vì", "do", "qua", "sau", "trước", "này", "đó", "nào", "nên", "cũng",
            "như", "hơn", "nữa", "rồi", "lại", "vẫn", "còn", "đều", "ra", "vào", "lên", "xuống", "đi", "ngoài",
            "giữa", "cùng", "thuộc", "gồm", "tổng", "đạt", "tăng", "giảm", "chiếm", "vượt", "không", "chưa", "trở",
            "ước", "nhằm", "tương", "bao", "tính", "kể", "thay", "nhất", "cả", "luôn", "đây", "kia");

    /** Two-syllable verbs and phrases that end a counted noun ("1.050 doanh nghiệp đăng ký thành lập mới"). */
    private static final Set<String> NOUN_ENDING_PAIRS = Set.of(
            "hoạt động", "kết nối", "đăng ký", "hoàn thành", "tham gia", "thực hiện", "triển khai", "cụ thể",
            "tương ứng", "bao gồm", "trong đó", "đạt chuẩn", "tổ chức", "tiếp nhận", "đề nghị", "đề xuất",
            "giải quyết", "đưa vào", "thành lập", "hỗ trợ", "ký kết", "trình bày", "phát biểu", "tham dự",
            "đủ điều");

    /**
     * Counted nouns whose first syllable alone would be a function word or a unit of time: "tặng 20 Bằng khen",
     * "đóng góp 3.200 ngày công".
     */
    private static final Set<String> COMPOUND_NOUNS = Set.of(
            "bằng khen", "bằng lao", "tổng đài", "không gian", "ngày công", "giờ công", "tháng lương");

    /** Compounds whose second syllable alone would be a function word: "đơn vị trực thuộc". */
    private static final Set<String> COMPOUND_TAILS = Set.of("trực thuộc", "phụ thuộc", "liên thuộc", "cả nước");

    /**
     * Nouns counted in pairs or triples joined by commas, which the comma does not end:
     * "xếp thứ 07/63 tỉnh, thành phố", "xã, phường, thị trấn", "cán bộ, công chức, viên chức".
     */
    private static final List<String> PAIRED_NOUNS = List.of(
            "xã, phường, thị trấn", "cán bộ, công chức, viên chức", "cán bộ, công chức", "tỉnh, thành phố",
            "tỉnh, thành", "cơ quan, đơn vị", "sở, ban, ngành", "doanh nghiệp, đơn vị", "tổ chức, cá nhân",
            "hộ, cá nhân", "nhiệm vụ, giải pháp", "thôn, bản", "thôn, tổ dân phố", "phường, xã",
            "huyện, thị xã, thành phố", "huyện, thành phố", "thị xã, thành phố", "ban, ngành", "sở, ngành");

    private static final int MAX_UNIT_WORDS = 7;

    /** The first chars of the paired nouns, folded as a comparison ignoring case folds them. */
    private static final String PAIRED_NOUN_FIRST = PAIRED_NOUNS.stream()
            .map(paired -> String.valueOf(folded(paired.charAt(0)))).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** Every figure in the text, in text order, with offsets into the text as given. */
    public List<Figure> extract(String text) {
        return extract(NormalizedText.of(text));
    }

    List<Figure> extract(NormalizedText normalized) {
        String t = normalized.text();
        List<Figure> figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int consumed = 0;
        int from = 0;
        while (findNumber(t, m, from)) {
            from = m.end();
            if (m.start() < consumed) {
                continue;
            }
            Reading reading = read(t, m);
            consumed = Math.max(consumed, reading.consumedUntil);
            if (reading.figure != null) {
                figures.add(reading.figure.toFigure(normalized));
            }
        }
        return figures;
    }

    /**
     * {@code NUMBER.matcher(t).find(from)}, trying the pattern only where it can start: at an ASCII digit that
     * does not continue a run of digits (the look-behind refuses a digit before). The matcher must use
     * transparent, non-anchoring bounds.
     */
    private static boolean findNumber(String t, Matcher m, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !refusedBefore(t.charAt(i - 1)))) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A char (not half of a surrogate pair) that the look-behind of {@link #NUMBER} refuses before a number. */
    private static boolean refusedBefore(char c) {
        if (Character.isSurrogate(c)) {
            return false; // the look-behind reads the whole code point: left to the pattern
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || ".,:_-–".indexOf(c) >= 0;
    }

    private Reading read(String t, Matcher m) {
        int s = m.start();
        int e = m.end();
        // each pattern is tried only when the chars it must start with are there
        if (anyOf(t, s + 1, s + 3, "/.-")) {
            Matcher date = region(FULL_DATE, t, s);
            if (date.lookingAt()) {
                return Reading.skip(date.end());
            }
        }
        if (anyOf(t, s + 1, s + 6, "/-")) {
            Matcher symbol = region(DOCUMENT_NUMBER, t, s);
            if (symbol.lookingAt()) {
                return Reading.skip(symbol.end());
            }
        }
        if (anyOf(t, skipH(t, e), skipH(t, e), "-–—")) {
            Matcher range = region(RANGE, t, e);
            if (range.lookingAt()) {
                return Reading.skip(range.end());
            }
        }
        if (e < t.length() && t.charAt(e) == ':' && e + 1 < t.length() && Character.isDigit(t.charAt(e + 1))) {
            return Reading.skip(e + 1); // a time of day, 10:53
        }

        Draft f = new Draft(s, e, number(m));
        if (m.group("dotted") != null) {
            f.warnings.add(ReadingWarning.DOT_DECIMAL_SEPARATOR);
            f.note = "dot used as decimal separator";
        }
        Word lead = qualify(t, f, Word.before(t, s));

        if (lead != null && (lead.is("thứ") || lead.is("hạng"))) {
            Word verb = lead.previous(t);
            Word rankWord = rankWord(t, lead, verb);
            if (rankWord == null) {
                return Reading.skip(e); // an ordinal: "lần thứ 5", "hạng 3"
            }
            return rank(t, f, rankWord);
        }
        if (lead != null && (lead.is(NOT_QUANTITY_AFTER) || endsDocumentType(t, lead)) && !samePeriod(t, lead)) {
            return Reading.skip(e);
        }
        if (lead != null && lead.is("số") && !isTotal(t, lead)) {
            return Reading.skip(e); // "số 10 đường…", a house or document number
        }
        Matcher percent = anyOf(t, e, e + 1, "%") ? region(PERCENT_SIGN, t, e) : null;
        if (percent != null && percent.lookingAt()) {
            f.end = percent.end();
            f.unit = "%";
            f.kind = FigureKind.PERCENT;
            noteDecrease(t, f, lead);
            return Reading.of(f);
        }
        if (m.group("plain") != null && isYear(m.group("plain"))) {
            return Reading.skip(e); // "đến 2025", "Bộ luật Dân sự 2015"
        }
        Matcher denominator = anyOf(t, e, e + 1, "/") ? region(DENOMINATOR, t, e) : null;
        if (denominator != null && denominator.lookingAt()) {
            return ratio(t, f, denominator);
        }
        return quantity(t, f, lead);
    }

    /**
     * Takes "trên", "hơn", "gần", "khoảng" (and "gần như") before the number as its qualifier, and returns the word
     * before the qualified number, which may set the kind ("tăng", "gấp", "thứ").
     */
    private Word qualify(String t, Draft f, Word before) {
        if (before == null) {
            return null;
        }
        Word previous = before.previous(t);
        if (before.is(APPROX) && !(before.is("hơn") && previous != null && previous.is(COMPARATIVES))) {
            f.approx = before.lower();
            f.start = before.start();
            return previous;
        }
        if (before.is("như") && previous != null && previous.is("gần")) {
            f.approx = "gần";
            f.start = previous.start();
            f.note = Notes.join(f.note, "'gần như' read as 'gần'");
            return previous.previous(t);
        }
        return before;
    }

    /** "xếp thứ", "đứng thứ", "xếp hạng", "vị trí thứ", "xếp hạng thứ": the word the surface starts from. */
    private static Word rankWord(String t, Word lead, Word verb) {
        if (verb == null) {
            return null;
        }
        if (lead.is("thứ") && verb.is("xếp", "đứng")) {
            return verb;
        }
        if (lead.is("hạng") && verb.is("xếp")) {
            return verb;
        }
        Word before = verb.previous(t);
        if (lead.is("thứ") && verb.is("trí") && before != null && before.is("vị")) {
            Word verb2 = before.previous(t);
            return verb2 != null && verb2.is("xếp", "đứng") ? verb2 : before;
        }
        if (lead.is("thứ") && verb.is("hạng") && before != null && before.is("xếp")) {
            return before;
        }
        if (lead.is("hạng") && verb.is("thứ")) {
            return verb; // "đạt thứ hạng 15/63"
        }
        return null;
    }

    private Reading rank(String t, Draft f, Word rankWord) {
        f.start = rankWord.start();
        f.approx = null;
        f.kind = FigureKind.RANK;
        f.numerator = f.value;
        Matcher denominator = anyOf(t, f.end, f.end + 1, "/") ? region(DENOMINATOR, t, f.end) : null;
        if (denominator != null && denominator.lookingAt()) {
            f.denominator = new BigDecimal(denominator.group("den"));
            f.end = denominator.end();
        }
        Unit unit = unit(t, f.end);
        if (unit != null) {
            f.unit = unit.text;
            f.end = unit.end;
        }
        return Reading.of(f);
    }

    /**
     * "73/102 nhiệm vụ", "11/11 cấp huyện", "85,46/100 điểm". A pair that could be a day and month ("30/4",
     * "(5/4)", "2/9") is a date unless a counted noun follows; a month and year ("5/2023") is always a date; a part
     * larger than its whole is neither.
     */
    private Reading ratio(String t, Draft f, Matcher denominatorMatch) {
        BigDecimal numerator = f.value;
        BigDecimal denominator = new BigDecimal(denominatorMatch.group("den"));
        int afterDenominator = denominatorMatch.end();
        boolean whole = numerator.scale() <= 0 || numerator.stripTrailingZeros().scale() <= 0;
        int n = numerator.intValue();
        int d = denominator.intValue();
        boolean dayMonth = whole && n >= 1 && n <= 31 && d >= 1 && d <= 12;
        boolean monthYear = whole && n >= 1 && n <= 12 && d >= 1900 && d <= 2100;
        if (monthYear || numerator.compareTo(denominator) > 0 || d == 0) {
            return Reading.skip(afterDenominator);
        }
        Unit unit = unit(t, afterDenominator);
        if (dayMonth && unit == null) {
            return Reading.skip(afterDenominator);
        }
        f.kind = FigureKind.RATIO;
        f.numerator = numerator;
        f.denominator = denominator;
        f.end = afterDenominator;
        if (unit != null) {
            f.unit = unit.text;
            f.end = unit.end;
        }
        return Reading.of(f);
    }

    /** Counts, amounts, multipliers and changes: the number, its scale words, and what follows. */
    private Reading quantity(String t, Draft f, Word lead) {
        int pos = f.end;
        BigDecimal largestScale = null;
        BigDecimal smallestScale = null;
        // "1,2 nghìn tỷ": scale words multiply
        for (Word w = Word.after(t, pos); w != null && w.start() > pos && SCALES.containsKey(w.lower()); w = Word.after(t, pos)) {
            BigDecimal scale = SCALES.get(w.lower());
            f.value = f.value.multiply(scale);
            smallestScale = smallestScale == null ? scale : smallestScale.multiply(scale);
            largestScale = smallestScale;
            pos = w.end();
        }
        // "4 tỷ 180 triệu": a smaller number and scale add on
        while (smallestScale != null) {
            Word n = Word.after(t, pos);
            Word scaleWord = n == null ? null : n.next(t);
            if (n == null || n.start() == pos || n.text().length() > 3 || !n.text().chars().allMatch(Character::isDigit)
                    || scaleWord == null
                    || !SCALES.containsKey(scaleWord.lower())
                    || SCALES.get(scaleWord.lower()).compareTo(smallestScale) >= 0) {
                break;
            }
            smallestScale = SCALES.get(scaleWord.lower());
            f.value = f.value.add(new BigDecimal(n.text()).multiply(smallestScale));
            pos = scaleWord.end();
        }
        boolean scaled = largestScale != null;
        f.end = pos;

        Word next = Word.after(t, pos);
        if (next != null && next.start() == pos && !next.is("đ")) {
            return Reading.skip(pos); // glued to a word: 10h30, 5G, a code
        }
        if (next != null && isCurrency(t, next, scaled)) {
            f.kind = FigureKind.AMOUNT;
            f.unit = currencyName(next);
            f.end = next.end();
            noteDecrease(t, f, lead);
            return Reading.of(f);
        }
        if (next != null && next.is("lần") && lead != null && lead.is("gấp", "tăng", "bằng", "giảm")) {
            return multiplier(t, f, lead, next);
        }
        if (lead != null && lead.is("gấp")) {
            return multiplier(t, f, lead, null);
        }
        Unit unit = unit(t, pos);
        if (unit == null) {
            if (scaled && largestScale.compareTo(SCALES.get("tỷ")) >= 0) {
                f.kind = FigureKind.AMOUNT;
                f.unit = "đồng";
                f.note = Notes.join(f.note, "currency not written; đồng assumed");
                noteDecrease(t, f, lead);
                return Reading.of(f);
            }
            if (scaled) {
                f.kind = FigureKind.COUNT;
                return Reading.of(f);
            }
            return Reading.skip(pos);
        }
        f.unit = unit.text;
        f.end = unit.end;
        Word verb = changeVerb(t, lead);
        if (verb != null) {
            f.kind = FigureKind.CHANGE;
            f.start = Math.min(f.start, verb.start());
            noteDecrease(t, f, lead);
            return Reading.of(f);
        }
        if (f.value.signum() == 0) {
            return Reading.skip(f.end); // "0 trong 0 đánh giá": a widget, and "không" is how prose writes none
        }
        f.kind = FigureKind.COUNT;
        return Reading.of(f);
    }

    private Reading multiplier(String t, Draft f, Word lead, Word times) {
        f.kind = FigureKind.MULTIPLIER;
        Word start = lead;
        Word before = lead.previous(t);
        if (lead.is("gấp") && before != null && before.is("tăng")) {
            start = before; // "tăng gấp 3 lần"
        }
        f.start = Math.min(f.start, start.start());
        if (times != null) {
            f.unit = "lần";
            f.end = times.end();
        }
        return Reading.of(f);
    }

    /** "tăng 7 bậc", "giảm 3 bậc", "tăng thêm 15 xã", "tăng lên 2 bậc": the verb of a non-percent change. */
    private static Word changeVerb(String t, Word lead) {
        if (lead == null) {
            return null;
        }
        if (lead.is("tăng", "giảm", "tụt")) {
            return lead;
        }
        Word before = lead.previous(t);
        if (lead.is("thêm", "lên", "đi", "xuống", "bớt") && before != null && before.is("tăng", "giảm", "tụt")) {
            return before;
        }
        return null;
    }

    /** "giảm 1,41%" → value 1.41 with a note, since values are always positive. */
    private static void noteDecrease(String t, Draft f, Word lead) {
        Word verb = changeVerb(t, lead);
        if (verb != null && verb.is("giảm", "tụt") && (lead == verb || lead.is("đi", "bớt", "thêm"))) {
            String written = t.substring(verb.start(), f.end);
            f.note = Notes.join(f.note, "decrease ('" + Word.singleSpaced(written) + "'), value kept positive");
        }
    }

    /**
     * The counted noun phrase after a number, or null when the next word is not a noun (a function word, a verb, a
     * unit of time, another number, punctuation). It runs until punctuation, a function word, a verb that starts
     * the predicate ("đạt", "đăng ký", "hoạt động"), or seven words.
     */
    private static Unit unit(String t, int from) {
        Word w = Word.after(t, from);
        if (w == null || w.start() == from || w.isNumber() || SCALES.containsKey(w.lower())
                || w.text().equals("Điều") || w.text().equals("Khoản")) {
            return null; // "khoản 1, 2 Điều 3": a legal reference
        }
        if (w.is(NOT_A_NOUN) || w.is(TIME_UNITS)) {
            Word second = w.next(t);
            if (second == null || !COMPOUND_NOUNS.contains(w.lower() + " " + second.lower())) {
                return null;
            }
        }
        int end = w.end();
        int words = 1;
        String paired = pairedNounAt(t, w.start());
        if (paired != null) {
            end = w.start() + paired.length();
        }
        while (words < MAX_UNIT_WORDS) {
            Word next = Word.after(t, end);
            if (next == null || next.start() == end || next.isNumber()
                    || (next.is(NOT_A_NOUN) && !COMPOUND_TAILS.contains(t.substring(Word.before(t, end).start(), next.end())))) {
                break;
            }
            Word after = next.next(t);
            if (NOUN_ENDING_PAIRS.contains(next.lower()) || (after != null
                    && NOUN_ENDING_PAIRS.contains(next.lower() + " " + after.lower()))) {
                break;
            }
            String pairedNext = pairedNounAt(t, next.start());
            end = pairedNext != null ? next.start() + pairedNext.length() : next.end();
            words++;
        }
        return new Unit(Word.singleSpaced(t.substring(w.start(), end)), end);
    }

    private static String pairedNounAt(String t, int at) {
        if (at >= t.length() || PAIRED_NOUN_FIRST.indexOf(folded(t.charAt(at))) < 0) {
            return null; // regionMatches ignoring case would fail on the first char already
        }
        for (String paired : PAIRED_NOUNS) {
            int end = at + paired.length();
            if (t.regionMatches(true, at, paired, 0, paired.length())
                    && (end == t.length() || !Word.isWordChar(t.charAt(end)))) {
                return paired;
            }
        }
        return null;
    }

    private static boolean isCurrency(String t, Word w, boolean scaled) {
        if (!CURRENCIES.contains(w.lower())) {
            return w.is("đô") && w.next(t) != null && w.next(t).is("la");
        }
        if (w.is("đồng") && !scaled) {
            Word after = w.next(t);
            return after == null || !after.is(DONG_COMPOUNDS);
        }
        return true;
    }

    private static String currencyName(Word w) {
        return switch (w.lower()) {
            case "usd" -> "USD";
            case "vnđ", "vnd" -> w.text().toUpperCase(java.util.Locale.ROOT);
            case "eur", "euro" -> "EUR";
            case "đô" -> "đô la";
            default -> w.text();
        };
    }

    /** "giảm so với cùng kỳ 12 vụ": after "cùng kỳ" (the same period last year) a number is a quantity. */
    private static boolean samePeriod(String t, Word lead) {
        Word before = lead.previous(t);
        return lead.is("kỳ") && before != null && before.is("cùng");
    }

    /** "tổng số 10.132 đảng viên", "dân số trên 1 triệu người": a quantity, not a house or document number. */
    private static boolean isTotal(String t, Word lead) {
        Word before = lead.previous(t);
        return lead.is("số") && before != null && before.is("tổng", "với", "dân");
    }

    /** "Đề án 06", "Chỉ thị 16": a number right after a document type names a document. */
    private static boolean endsDocumentType(String t, Word lead) {
        Word w = lead;
        String name = lead.text();
        for (int words = 1; words <= 4 && w != null; words++) {
            if (DocumentType.fromName(name).isPresent()) {
                return true;
            }
            w = w.previous(t);
            if (w != null) {
                name = w.text() + " " + name;
            }
        }
        return false;
    }

    /** A bare four-digit number between 1900 and 2100 is a year, whatever word precedes it. */
    private static boolean isYear(String plain) {
        if (plain.length() != 4 || plain.contains(",")) {
            return false;
        }
        int n = Integer.parseInt(plain);
        return n >= 1900 && n <= 2100;
    }

    private static BigDecimal number(Matcher m) {
        if (m.group("dotted") != null) {
            return new BigDecimal(m.group("dotted"));
        }
        String written = m.group("grouped") != null ? m.group("grouped") : m.group("plain");
        return new BigDecimal(written.replace(".", "").replace(',', '.'));
    }

    /** Whether one of the chars is at one of the positions from..to (inclusive) of the text. */
    private static boolean anyOf(String t, int from, int to, String chars) {
        for (int i = from; i <= to && i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first position at or after {@code from} that is not a {@code \\h} char. */
    private static int skipH(String t, int from) {
        int i = from;
        while (i < t.length() && CitationExtractor.isH(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A char as {@link String#regionMatches(boolean, int, String, int, int)} compares it when ignoring case. */
    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static Matcher region(Pattern p, String t, int from) {
        Matcher m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(from, t.length());
        return m;
    }

    private record Unit(String text, int end) {
    }

    /** The outcome of reading one number: a figure, or nothing, and how far the text has been read. */
    private record Reading(Draft figure, int consumedUntil) {
        static Reading skip(int until) {
            return new Reading(null, until);
        }

        static Reading of(Draft figure) {
            return new Reading(figure, figure.end);
        }
    }

    /** A figure being read, in NFC offsets. */
    private static final class Draft {
        int start;
        int end;
        BigDecimal value;
        String approx;
        String unit;
        FigureKind kind;
        BigDecimal numerator;
        BigDecimal denominator;
        String note;
        final List<ReadingWarning> warnings = new ArrayList<>();

        Draft(int start, int end, BigDecimal value) {
            this.start = start;
            this.end = end;
            this.value = value;
        }

        Figure toFigure(NormalizedText text) {
            int originalStart = text.originalStart(start);
            int originalEnd = text.originalEnd(end);
            return new Figure(text.original().substring(originalStart, originalEnd), originalStart, originalEnd, value,
                    approx, unit, kind, numerator, denominator, note, warnings);
        }
    }
}
