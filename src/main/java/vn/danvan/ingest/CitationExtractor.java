package vn.danvan.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.danvan.document.DocumentNumber;

/**
 * Finds every citation of a document in a Vietnamese text.
 *
 * <p>What counts, after the seed corpus README and Nghị định 30/2020 (citation in prose): a type word followed by a
 * number-symbol in either numbering system, with or without "số" ("Quyết định 1493/QĐ-UBND"); then, when they
 * follow, the date ("ngày 16/5/2016", "ngày 14 tháng 01 năm 2022") and the issuer ("của Thủ tướng Chính phủ",
 * "giữa X và Y"). Laws, codes and ordinances are also cited by name and year ("Luật Dân chủ cơ sở năm 2022").
 * References by name alone, congress resolutions and generic mentions ("các nghị quyết, chỉ thị của Đảng") carry
 * no number and no year, and are therefore never matched.
 */
public final class CitationExtractor {

    /** The type words, longest first so that "Chương trình phối hợp" wins over "Chương trình"; any case. */
    private static final String TYPE = "(?<type>(?iu:" + DocumentType.namesLongestFirst().stream()
            .map(name -> Pattern.quote(name).replace(" ", "\\E\\h+\\Q"))
            .collect(Collectors.joining("|")) + "))";

    /** "số", "Số", "số:" between the type and the number; optional, since writers drop it. */
    private static final String SO = "(?:(?iu:số)\\h*:?\\h*)?";

    // A type word (not the tail of a longer word) directly followed by a number-symbol.
    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + TYPE + "\\h+" + SO + DocumentNumber.IN_PROSE);

    // A law, code, ordinance or the constitution by name: a capitalised name of a few words (commas allowed:
    // "Luật Khám bệnh, chữa bệnh"), then the year ("năm 2022", or bare as in "Bộ luật Dân sự 2015"), the number
    // ("Luật Tổ chức chính quyền địa phương 72/2025/QH15") or the date of adoption ("Luật Tổ chức chính quyền
    // địa phương ngày 19 tháng 6 năm 2015", the form of a "Căn cứ" line). The reluctant word count tries the
    // shortest name first and is bounded, and each word is taken possessively: at most 16 attempts per "Luật".
    private static final Pattern BY_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<lawType>Bộ\\h+luật|Luật|Pháp\\h+lệnh|Hiến\\h+pháp)"
                    + "(?:\\h+(?<name>\\p{Lu}[\\p{L}\\p{M}]*+(?:,?\\h+[\\p{L}\\p{M}]++){0,14}?))?"
                    + "(?:\\h+(?<yearWord>năm\\h+)?(?<lawYear>(?:19|20)\\d{2})(?![\\p{N}/])"
                    + "|\\h+" + SO + DocumentNumber.IN_PROSE
                    + "|(?<dated>(?=,?\\h+(?iu:ngày)\\h+\\d)))");

    private static final Pattern TYPE_HERE = Pattern.compile(TYPE + "(?![\\p{L}\\p{M}])");

    // The date that follows a citation. The year takes up to five digits so that a mistyped "20216" is seen,
    // and reported as an impossible date, instead of being cut to a plausible "2021".
    private static final Pattern DATE = Pattern.compile(
            ",?\\h*(?iu:ngày)\\h+(?<written>(?<d>\\d{1,2})\\h*(?<sep>[/.-])\\h*(?<m>\\d{1,2})\\h*\\k<sep>\\h*(?<y>\\d{1,5})"
                    + "|(?<d2>\\d{1,2})\\h+tháng\\h+(?<m2>\\d{1,2})\\h+năm\\h+(?<y2>\\d{1,5}))(?!\\p{N})");

    // The issuer is introduced by "của"; joint issuers of a coordination program by "giữa X và Y".
    private static final Pattern ISSUER_INTRO = Pattern.compile(",?\\h+(?<word>của|giữa)\\h+");

    // A further number in an enumeration that does not repeat the type word:
    // "Nghị định số 107/2020/NĐ-CP, 108/2020/NĐ-CP và 120/2020/NĐ-CP".
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:\\h*,\\h*(?:và\\h+)?|\\h+(?:và|hoặc)\\h+)(?<member>" + SO + DocumentNumber.IN_PROSE + ")");

    // What may stand between two members of one enumeration.
    private static final Pattern ENUMERATION_GAP = Pattern.compile("\\h*,\\h*(?:và\\h+)?|\\h+(?:và|hoặc)\\h+");

    /** Lower-case words that end an issuer's name: the subject line ("về…"), a verb, a preposition. */
    private static final Set<String> ISSUER_STOP = Set.of(
            "về", "v", "vv", "trên", "tại", "ở", "đã", "đang", "sẽ", "được", "bị", "nhằm", "để", "theo", "với", "cho",
            "trong", "là", "có", "thì", "khi", "năm", "ngày", "tháng", "giai", "đối", "gồm", "cũng", "nhưng", "mà",
            "này", "đó", "đến", "từ", "qua", "vào", "sau", "trước", "tới", "số", "hoặc", "cùng", "nay", "như", "ký",
            "kèm", "nêu", "gửi", "do", "cần", "phải", "lần", "khóa", "nhiệm", "các", "những", "giữa", "nhất", "đều",
            "vẫn", "còn", "rồi", "ra", "lên", "xuống", "giao", "và");

    /** Lower-case verbs of two syllables that begin the subject line after the issuer ("ban hành Quy định…"). */
    private static final Set<String> ISSUER_STOP_PAIRS = Set.of(
            "ban hành", "quy định", "hướng dẫn", "thực hiện", "triển khai", "phê duyệt", "sửa đổi", "bổ sung",
            "tiếp tục", "chỉ đạo", "công bố", "thông qua", "kết luận", "quyết định", "phối hợp", "tổ chức", "yêu cầu",
            "đề ra", "đề nghị", "lãnh đạo", "quán triệt", "tăng cường", "đẩy mạnh", "nâng cao");

    /** Words that may not appear inside a law's name: they show that the sentence went on past the name. */
    private static final Set<String> NAME_STOP = Set.of(
            "trên", "tại", "về", "theo", "được", "đã", "đang", "các", "những", "để", "nhằm", "cho", "thì", "là",
            "từ", "đến", "trong", "này", "đó", "khi", "luật", "thi", "triển", "hướng", "số", "ngày", "hiệu");

    private static final Pattern NAME_WORDS = Pattern.compile("[,\\h]+");

    private static final int MAX_ISSUER_WORDS = 12;

    /** Every citation in the text, in text order, with offsets into the text as given. */
    public List<DocumentCitation> extract(String text) {
        return extract(NormalizedText.of(text));
    }

    List<DocumentCitation> extract(NormalizedText normalized) {
        String t = normalized.text();
        List<Found> found = new ArrayList<>();
        Matcher numbered = NUMBERED.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < t.length() && findNumbered(t, numbered, from)) {
            DocumentType type = DocumentType.fromName(numbered.group("type")).orElseThrow();
            from = readChain(t, numbered, numbered.start(), type, found);
        }
        Matcher byName = BY_NAME.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        from = 0;
        LawWordIndex lawWords = new LawWordIndex();
        while (from < t.length() && findByName(t, byName, from, lawWords)) {
            if (!nameIsPlausible(byName.group("name")) || namesAnInstitution(t, byName.start())) {
                from = byName.start() + 1;
                continue;
            }
            DocumentType type = DocumentType.fromName(byName.group("lawType")).orElseThrow();
            if (byName.group("lawYear") != null) {
                Found law = lawByYear(byName, type);
                readDateAndIssuer(t, law);
                found.add(law);
                from = law.end;
            } else if (byName.group("dated") != null) {
                Found law = new Found(byName.start(), byName.end(), type, null);
                readDateAndIssuer(t, law);
                if (law.date != null || !law.warnings.isEmpty()) {
                    law.note = Notes.join("cited by name and date of adoption", law.note);
                    found.add(law); // otherwise neither number, nor year, nor date: a reference by name alone
                }
                from = Math.max(law.end, byName.start() + 1);
            } else {
                from = readChain(t, byName, byName.start(), type, found);
            }
        }
        List<Found> ordered = withoutOverlaps(found);
        shareIssuersOfEnumerations(t, ordered);
        return ordered.stream().map(f -> f.toCitation(normalized)).toList();
    }


    /** The most words a type name has, plus one for "số": how far back from a number a type word can start. */
    private static final int MAX_WORDS_BEFORE_NUMBER = DocumentType.namesLongestFirst().stream()
            .mapToInt(name -> name.split(" ").length).max().orElseThrow() + 1;

    /**
     * {@code NUMBERED.matcher(t).find(from)}, without trying the pattern at every position: a match has a number
     * (a run of at most five ASCII digits followed by "/" or "-", possibly after one space), and the type word and
     * "số" right before it. So the pattern is only tried, with {@code lookingAt}, at the starts of the few words
     * before each such number. The matcher must use transparent, non-anchoring bounds; on success it holds the
     * same match as {@code find(from)} would.
     */
    private static boolean findNumbered(String t, Matcher m, int from) {
        int n = t.length();
        int[] starts = new int[16];
        for (int p = from + 1; p < n; p++) {
            if (!isAsciiDigit(t.charAt(p)) || isAsciiDigit(t.charAt(p - 1))) {
                continue;
            }
            int q = p;
            while (q < n && isAsciiDigit(t.charAt(q))) {
                q++;
            }
            if (q - p > 5 || q >= n) {
                p = q;
                continue;
            }
            char after = t.charAt(q);
            boolean symbolFollows = after == '/' || after == '-'
                    || (isH(after) && q + 1 < n && t.charAt(q + 1) == '-');
            if (symbolFollows) {
                // where the look-behind may hold inside the last few words before the number, nearest first
                int count = 0;
                int j = p;
                for (int words = 0; words < MAX_WORDS_BEFORE_NUMBER; words++) {
                    while (j > 0 && (isH(t.charAt(j - 1)) || t.charAt(j - 1) == ':')) {
                        j--;
                    }
                    int wordEnd = j;
                    while (j > from && mayBeInTypeWord(t.charAt(j - 1))) {
                        j--;
                        if (j == 0 || !isBmpLetterOrDigit(t.charAt(j - 1))) {
                            if (count == starts.length) {
                                starts = java.util.Arrays.copyOf(starts, 2 * count);
                            }
                            starts[count++] = j;
                        }
                    }
                    if (j == wordEnd || j <= from) {
                        break;
                    }
                }
                for (int k = count - 1; k >= 0; k--) {
                    char first = t.charAt(starts[k]);
                    if (TYPE_FIRST.indexOf(first) < 0 && TYPE_FIRST.indexOf(folded(first)) < 0) {
                        continue; // no type word can start with this char
                    }
                    m.region(starts[k], n);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            p = q;
        }
        return false;
    }

    /**
     * {@code BY_NAME.matcher(t).find(from)}, trying the pattern only where one of its four case-sensitive first
     * words (Bộ luật, Luật, Pháp lệnh, Hiến pháp) starts, not glued to a letter or digit before it.
     */
    private static boolean findByName(String t, Matcher m, int from, LawWordIndex index) {
        int n = t.length();
        for (int i = index.next(t, from); i >= 0; i = index.next(t, i + 1)) {
            if (i == 0 || !isBmpLetterOrDigit(t.charAt(i - 1))) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where each of {@link #LAW_FIRST_WORDS} next occurs, kept between searches of one text so that a word that
     * is rare or absent is not looked for again over the rest of the text each time.
     */
    private static final class LawWordIndex {
        private final int[] next = new int[LAW_FIRST_WORDS.length];
        private final int[] searchedFrom = new int[LAW_FIRST_WORDS.length];

        LawWordIndex() {
            java.util.Arrays.fill(searchedFrom, Integer.MAX_VALUE);
        }

        /** The first position at or after {@code from} where one of the words starts, or -1. */
        int next(String t, int from) {
            int best = -1;
            for (int w = 0; w < next.length; w++) {
                // the position found for an earlier search still holds unless the search went past it
                if (from < searchedFrom[w] || (next[w] >= 0 && next[w] < from)) {
                    next[w] = t.indexOf(LAW_FIRST_WORDS[w], from);
                    searchedFrom[w] = from;
                }
                if (next[w] >= 0 && (best < 0 || next[w] < best)) {
                    best = next[w];
                }
            }
            return best;
        }
    }

    /** The first words of the names in {@link #BY_NAME}'s lawType group, as written there (case matters). */
    private static final String[] LAW_FIRST_WORDS = {"Bộ", "Luật", "Pháp", "Hiến"};

    /** The first chars of the type words, as written and as the regex engine folds them ignoring case. */
    private static final String TYPE_FIRST = DocumentType.namesLongestFirst().stream()
            .map(name -> String.valueOf(folded(name.charAt(0)))).distinct().collect(Collectors.joining());

    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A letter or digit on its own (not half of a surrogate pair): the look-behind {@code [\p{L}\p{N}]} holds. */
    private static boolean isBmpLetterOrDigit(char c) {
        return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
    }

    /**
     * Whether a char can match a letter of a type word under case-insensitive Unicode matching: the regex engine
     * compares a char either as is or folded (lower case of its upper case), and every type word is letters.
     */
    private static boolean mayBeInTypeWord(char c) {
        return Character.isLetter(c) || Character.isLetter(Character.toLowerCase(Character.toUpperCase(c)));
    }

    /** Exactly the regex class {@code \h}. */
    static boolean isH(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /**
     * Reads one numbered citation from a match (its date and issuer when they follow), then the bare numbers that
     * continue an enumeration after it. Returns where the search for the next citation resumes.
     */
    private int readChain(String t, Matcher first, int start, DocumentType type, List<Found> out) {
        Matcher m = first;
        int memberStart = start;
        String note = null;
        while (true) {
            Found citation = new Found(memberStart, m.end(), type, DocumentNumber.from(m));
            if (DocumentNumber.hadStraySpace(m)) {
                String written = m.group("partyNumber") != null ? m.group("partySymbol") : m.group("stateSymbol");
                citation.warnings.add(ReadingWarning.STRAY_SPACE_IN_SYMBOL);
                citation.note = "stray space inside the symbol as written ('" + written + "')";
            }
            citation.note = Notes.join(citation.note, note);
            readDateAndIssuer(t, citation);
            out.add(citation);
            Matcher next = CONTINUATION.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            next.region(citation.end, t.length());
            if (!next.lookingAt()) {
                return citation.end;
            }
            m = next;
            memberStart = next.start("member");
            note = "type carried over from '" + type.vietnameseName() + "' earlier in the enumeration";
        }
    }

    /** The date and the issuer that follow a citation, in either order ("… của Chính phủ ngày 09/4/2020"). */
    private void readDateAndIssuer(String t, Found citation) {
        boolean dated = readDate(t, citation);
        readIssuer(t, citation);
        if (!dated && citation.issuer != null) {
            readDate(t, citation);
        }
    }

    private boolean readDate(String t, Found citation) {
        Matcher date = DATE.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        date.region(citation.end, t.length());
        if (!date.lookingAt()) {
            return false;
        }
        citation.end = date.end();
        citation.date = dateOf(date);
        if (citation.date == null) {
            citation.warnings.add(ReadingWarning.INVALID_DATE);
            citation.note = Notes.join(citation.note,
                    "invalid date as written: " + Word.singleSpaced(date.group("written")));
        }
        return true;
    }

    private void readIssuer(String t, Found citation) {
        Matcher intro = ISSUER_INTRO.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        intro.region(citation.end, t.length());
        if (!intro.lookingAt()) {
            return;
        }
        if (intro.group("word").equals("của")) {
            Word last = issuerNameEnd(t, intro.end(), true);
            if (last != null) {
                citation.issuer = squeeze(t.substring(intro.end(), last.end()));
                citation.end = last.end();
            }
            return;
        }
        // "giữa Ban Dân vận Trung ương và Ban Cán sự đảng Chính phủ": recorded as "X và Y"
        Word firstEnd = issuerNameEnd(t, intro.end(), false);
        Word and = firstEnd == null ? null : firstEnd.next(t);
        if (and != null && and.text().equals("và")) {
            Word secondEnd = issuerNameEnd(t, and.end(), true);
            if (secondEnd != null) {
                citation.issuer = squeeze(t.substring(intro.end(), secondEnd.end()));
                citation.end = secondEnd.end();
                citation.note = Notes.join(citation.note, "joint issuers introduced by 'giữa … và …' rather than 'của'");
            }
        }
    }

    /**
     * Reads the name of an issuing body starting at {@code from} and returns its last word, or null when no name
     * starts there. A name starts with a capital (Thủ tướng, UBND, Ban Dân vận Tỉnh ủy) and runs until punctuation,
     * a number, or a lower-case word that starts the rest of the sentence ("về", "ban hành", "tại").
     */
    private Word issuerNameEnd(String t, int from, boolean andMayJoin) {
        Word w = Word.after(t, from);
        if (w == null || w.start() != skipSpaces(t, from) || !w.capitalised() || startsDocumentType(t, w)) {
            return null;
        }
        Word last = w;
        for (int count = 1; count < MAX_ISSUER_WORDS; count++) {
            int gapEnd = skipSpaces(t, last.end());
            boolean spaced = gapEnd > last.end();
            Word next;
            if (!spaced && gapEnd < t.length() && t.charAt(gapEnd) == '.' && gapEnd + 1 < t.length()
                    && Character.isUpperCase(t.charAt(gapEnd + 1))) {
                next = Word.after(t, gapEnd + 1); // "TP.HCM"
            } else if (spaced && gapEnd < t.length() && (t.charAt(gapEnd) == '-' || t.charAt(gapEnd) == '–')
                    && gapEnd + 1 < t.length() && Word.isSpace(t.charAt(gapEnd + 1))) {
                next = Word.after(t, gapEnd + 1); // "Bộ Lao động - Thương binh và Xã hội"
                if (next == null || !next.capitalised()) {
                    break;
                }
            } else if (spaced) {
                next = Word.after(t, last.end());
            } else {
                break;
            }
            if (next == null || next.isNumber()) {
                break;
            }
            if (!next.capitalised()) {
                if (next.text().equals("và")) {
                    Word after = next.next(t);
                    if (!andMayJoin || after == null || !after.capitalised() || startsDocumentType(t, after)) {
                        break;
                    }
                } else if (ISSUER_STOP.contains(next.text())) {
                    break;
                } else {
                    Word pair = next.next(t);
                    if (pair != null && ISSUER_STOP_PAIRS.contains(next.text() + " " + pair.lower())) {
                        break;
                    }
                }
            }
            last = next;
        }
        // a trailing "và" never ends a name
        return last.text().equals("và") ? last.previous(t) : last;
    }

    /** Whether a document type word starts at this word: "của Chính phủ và Chỉ thị số…" is two citations. */
    private static boolean startsDocumentType(String t, Word w) {
        Matcher m = TYPE_HERE.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(w.start(), t.length());
        return m.lookingAt();
    }

    /** "Trường Đại học Luật Hà Nội", "Hội Luật gia": "Luật" inside the name of an institution, not a law. */
    private static boolean namesAnInstitution(String t, int lawStart) {
        Word before = Word.before(t, lawStart);
        return before != null && before.is("học", "khoa", "trường", "viện", "hội", "ngành", "phòng", "vụ", "sinh");
    }

    private static boolean nameIsPlausible(String name) {
        if (name == null) {
            return true;
        }
        for (String word : NAME_WORDS.split(name)) {
            if (NAME_STOP.contains(word) || (word.equals("Luật"))) {
                return false;
            }
        }
        return true;
    }

    private Found lawByYear(Matcher m, DocumentType type) {
        Found law = new Found(m.start(), m.end(), type, null);
        law.year = Integer.valueOf(m.group("lawYear"));
        law.note = "cited by name and year only; year taken from '"
                + (m.group("yearWord") != null ? "năm " : "") + m.group("lawYear") + "'";
        return law;
    }

    private static LocalDate dateOf(Matcher date) {
        String d = date.group("d") != null ? date.group("d") : date.group("d2");
        String m = date.group("m") != null ? date.group("m") : date.group("m2");
        String y = date.group("y") != null ? date.group("y") : date.group("y2");
        if (y.length() != 4) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Gives the issuer named once after an enumeration to each member before it ("Nghị định số 107/2020/NĐ-CP,
     * Nghị định số 108/2020/NĐ-CP và Nghị định số 120/2020/NĐ-CP của Chính phủ"). Members are adjacent citations
     * separated only by a comma or "và"; the issuer is shared only when the symbols name the same issuing body
     * (NĐ-CP and NQ-CP do, CT-TTg and NQ-CP do not), so that "Chỉ thị 16/CT-TTg và Nghị quyết 42/NQ-CP của Chính
     * phủ" does not make the Prime Minister's directive the Government's.
     */
    private void shareIssuersOfEnumerations(String t, List<Found> citations) {
        for (int i = citations.size() - 2; i >= 0; i--) {
            Found member = citations.get(i);
            Found next = citations.get(i + 1);
            if (member.issuer != null || next.issuer == null || member.number == null || next.number == null
                    || next.start < member.end
                    || !ENUMERATION_GAP.matcher(t.substring(member.end, next.start)).matches()
                    || !member.number.issuerAbbreviation().equals(next.number.issuerAbbreviation())) {
                continue;
            }
            member.issuer = next.issuer;
            member.note = Notes.join(member.note,
                    "issuer '" + next.issuer + "' is stated once after the enumeration; given to each");
        }
    }

    private static List<Found> withoutOverlaps(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.start).thenComparing(f -> -f.end));
        List<Found> kept = new ArrayList<>();
        int reached = -1;
        for (Found f : sorted) {
            if (f.start >= reached) {
                kept.add(f);
                reached = f.end;
            }
        }
        return kept;
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && Word.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String squeeze(String s) {
        return Word.singleSpaced(s);
    }

    /** A citation being read, in NFC offsets. */
    private static final class Found {
        final int start;
        int end;
        final DocumentType type;
        final DocumentNumber number;
        Integer year;
        LocalDate date;
        String issuer;
        String note;
        final List<ReadingWarning> warnings = new ArrayList<>();

        Found(int start, int end, DocumentType type, DocumentNumber number) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.number = number;
            this.year = number == null ? null : number.embeddedYear();
        }

        DocumentCitation toCitation(NormalizedText text) {
            int originalStart = text.originalStart(start);
            int originalEnd = text.originalEnd(end);
            return new DocumentCitation(text.original().substring(originalStart, originalEnd), originalStart,
                    originalEnd, type, number, year, date, issuer, note, warnings);
        }
    }
}
