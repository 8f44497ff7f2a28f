package vn.danvan.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol (số, ký hiệu), the one grammar of the application:
 * <ul>
 *   <li>State (Nghị định 30/2020/NĐ-CP): number, slash, symbol — "16/CT-TTg"; legal normative documents put the
 *       year between them — "107/2020/NĐ-CP", "10/2022/QH15" (a law); a công văn has no type abbreviation, issuer
 *       then drafting unit — "123/UBND-VX"; a short code has the issuer only — "06/CP";</li>
 *   <li>Party (Hướng dẫn 36-HD/VPTW): number, hyphen, type abbreviation, slash, issuer — "27-KH/BDVTU"; joint
 *       documents join the issuers with a hyphen — "06-CTr/BDVTU-BCSĐUBND".</li>
 * </ul>
 *
 * <p>Why here: the registry's identity (decision 0007) is built from these parts, so the registry owns the
 * grammar; the citation engine ({@code ingest}) already depends on {@code document} and reads numbers in running
 * prose with {@link #IN_PROSE} and {@link #from(Matcher)}, while {@code document} never depends on {@code ingest}.
 * The class is plain Java (no bean, no database), so the engine stays a pure engine. {@code system} would have
 * needed the type list too, which is the registry's controlled vocabulary.
 *
 * @param number       the number as written, leading zeros kept ("06")
 * @param symbol       the part after the number (and after the year when it is inside), without the stray spaces
 *                     typing leaves around its hyphens and slashes: "CT-TTg", "KH/BDVTU", "CTr/BDVTU-BCSĐUBND"
 * @param style        State (number-slash) or Party (number-hyphen)
 * @param type         the registry type the abbreviation gives; a State symbol without a known abbreviation is a
 *                     công văn (CV); a law's "QH15" gives L; null when the symbol names no registry type
 * @param issuerPart   the part of the symbol after the type abbreviation, as the identity uses it: "TTg",
 *                     "BDVTU-BCSĐUBND", "UBND-VX" (a công văn keeps its drafting unit)
 * @param embeddedYear the year written inside the number ("107/2020/NĐ-CP" → 2020), else null
 */
public record DocumentNumber(String number, String symbol, DocumentStyle style, DocumentType type, String issuerPart,
                             Integer embeddedYear) {

    // Parts of a symbol: an abbreviation starts with a capital and runs over letters and digits (TTg, CTr,
    // QĐi, QH15). Possessive quantifiers: each part is taken whole, so no input can make the engine backtrack
    // through the ways of splitting a long symbol.
    private static final String SEGMENT = "\\p{Lu}[\\p{L}\\p{N}]*+";
    // After a space typed next to a hyphen, only a true abbreviation (two capitals at least) continues the
    // symbol; this keeps "44/KH-UBND - Về việc…" from swallowing the subject line.
    private static final String JOINED_SEGMENTS = "(?:-" + SEGMENT + "|\\h?-\\h?\\p{Lu}{2}[\\p{L}\\p{N}]*+)*+";
    // In prose a number has at most five digits (longer runs are phone numbers, codes, amounts); a number typed
    // into the registry's form box may be longer.
    private static final String NUMBER_IN_PROSE = "\\d{1,5}";
    private static final String NUMBER_TYPED = "\\d++";

    /**
     * A number-symbol of either style inside running text, not glued to a letter or digit on either side, with
     * the groups {@link #from(Matcher)} reads (number, year, stateSymbol, partyNumber, partySymbol). A pattern
     * may embed it; the look-behind can be dropped by a caller that checks the left edge itself.
     */
    public static final String IN_PROSE = "(?<![\\p{L}\\p{N}])" + either(NUMBER_IN_PROSE) + "(?![\\p{L}\\p{N}])";

    private static final Pattern WHOLE = Pattern.compile(
            "(?:(?iu:s[ốo])\\h*:?\\h*)?" + either(NUMBER_TYPED));

    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");
    // spaces typed around the joints of a form entry ("16 / CT - TTg"); inside prose only JOINED_SEGMENTS' own
    // tolerance applies
    private static final Pattern SPACED_JOINT = Pattern.compile("[\\h\\s]*([-/])[\\h\\s]*");

    // State type abbreviations of Nghị định 30/2020 (Appendix I) that the registry has no type for: the symbol is
    // still split after them, so "03/2015/TTLT-BNV-BTC" is issued by BNV-BTC, not a công văn of "TTLT"
    private static final Set<String> OTHER_STATE_ABBREVIATIONS = Set.of("NQLT", "TTLT", "TC", "BB", "HĐ", "CĐ", "DA");

    private static String either(String number) {
        String state = "(?<number>" + number + ")(?:/(?<year>\\d{4}))?/(?<stateSymbol>" + SEGMENT + JOINED_SEGMENTS
                + ")";
        String party = "(?<partyNumber>" + number + ")\\h?-\\h?(?<partySymbol>\\p{L}{1,6}+(?:/" + SEGMENT
                + "|\\h?/\\h?\\p{Lu}{2}[\\p{L}\\p{N}]*+)" + JOINED_SEGMENTS + ")";
        return "(?:" + party + "|" + state + ")";
    }

    public DocumentNumber {
        if (number == null || number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a document number is digits: " + number);
        }
        if (symbol == null || symbol.isBlank() || style == null) {
            throw new IllegalArgumentException("a document number needs a symbol and a style");
        }
    }

    /**
     * Parses what a person typed into one box: "16/CT-TTg", "Số: 107/2020/NĐ-CP", "so 27-KH/BDVTU",
     * "06-CTr/BDVTU- BCSĐUBND", "16 / CT – TTg"; empty when the whole box is not one number-symbol.
     */
    public static Optional<DocumentNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(written, Normalizer.Form.NFC).strip()
                .replace('–', '-').replace('‑', '-');
        value = SPACED_JOINT.matcher(value).replaceAll("$1");
        Matcher m = WHOLE.matcher(value);
        return m.matches() ? Optional.of(from(m)) : Optional.empty();
    }

    /** The number of a match of {@link #IN_PROSE} (or of a pattern that embeds it with the same group names). */
    public static DocumentNumber from(Matcher m) {
        if (m.group("partyNumber") != null) {
            String symbol = withoutSpaces(m.group("partySymbol"));
            int slash = symbol.indexOf('/');
            String issuer = symbol.substring(slash + 1);
            DocumentType type = registryType(symbol.substring(0, slash), DocumentStyle.PARTY).orElse(null);
            return new DocumentNumber(m.group("partyNumber"), symbol, DocumentStyle.PARTY, type, issuer, null);
        }
        String year = m.group("year");
        String symbol = withoutSpaces(m.group("stateSymbol"));
        String abbreviation = stateTypeAbbreviation(symbol);
        DocumentType type;
        String issuer = symbol;
        if (abbreviation != null) {
            type = registryType(abbreviation, DocumentStyle.STATE).orElse(null);
            issuer = symbol.substring(abbreviation.length() + 1);
        } else if (symbol.indexOf('-') > 0) {
            // "123/UBND-VX": a State công văn carries no type abbreviation (Nghị định 30/2020)
            type = DocumentType.CV;
        } else {
            type = symbol.matches("QH\\d*") ? DocumentType.L : null;
        }
        return new DocumentNumber(m.group("number"), symbol, DocumentStyle.STATE, type, issuer,
                year == null ? null : Integer.valueOf(year));
    }

    /** Whether the symbol of a match was written with spaces inside that {@link #symbol()} drops. */
    public static boolean hadStraySpace(Matcher m) {
        String written = m.group("partyNumber") != null ? m.group("partySymbol") : m.group("stateSymbol");
        return written.chars().anyMatch(Character::isWhitespace) || written.contains("\u00A0");
    }

    /** The type abbreviation written in the symbol (KH, NĐ, CTr, QĐi, TTLT), or null for a công văn or a short code. */
    public String typeAbbreviation() {
        if (style == DocumentStyle.PARTY) {
            return symbol.substring(0, symbol.indexOf('/'));
        }
        return stateTypeAbbreviation(symbol);
    }

    /**
     * The issuing body's abbreviation (CP, TTg, UBND, TW, BDVTU-BCSĐUBND): a công văn's symbol is issuer then
     * drafting unit (UBND-VX), and only the first is the issuer. Two documents cited in one enumeration share an
     * issuer named after it only when this part agrees.
     */
    public String issuerAbbreviation() {
        if (style == DocumentStyle.PARTY || typeAbbreviation() != null) {
            return issuerPart;
        }
        int hyphen = symbol.indexOf('-');
        return hyphen < 0 ? symbol : symbol.substring(0, hyphen);
    }

    /** As it is written on the document: "16/CT-TTg", "107/2020/NĐ-CP", "27-KH/BDVTU". */
    public String display() {
        return format(number, symbol, style, embeddedYear);
    }

    @Override
    public String toString() {
        return display();
    }

    public static String format(String number, String symbol, DocumentStyle style, Integer yearInNumber) {
        if (number == null) {
            return symbol == null ? "" : symbol;
        }
        if (symbol == null || symbol.isBlank()) {
            return number;
        }
        if (style == DocumentStyle.PARTY) {
            return number + "-" + symbol;
        }
        return yearInNumber == null ? number + "/" + symbol : number + "/" + yearInNumber + "/" + symbol;
    }

    /** The issuer part of a stored symbol: after the slash (Party) or after the type abbreviation (State). */
    public static String issuerPartOf(String symbol, DocumentStyle style, DocumentType type) {
        if (symbol == null) {
            return "";
        }
        if (style == DocumentStyle.PARTY) {
            int slash = symbol.indexOf('/');
            return slash >= 0 ? symbol.substring(slash + 1) : symbol;
        }
        if (type != null && symbol.startsWith(type.abbreviation() + "-")) {
            return symbol.substring(type.abbreviation().length() + 1);
        }
        return symbol;
    }

    /** "CT" of "CT-TTg", "TTLT" of "TTLT-BNV-BTC"; null for "UBND-VX" (a công văn), "CP", "QH15". */
    private static String stateTypeAbbreviation(String symbol) {
        int hyphen = symbol.indexOf('-');
        if (hyphen <= 0) {
            return null;
        }
        String first = symbol.substring(0, hyphen);
        return OTHER_STATE_ABBREVIATIONS.contains(first) || registryType(first, DocumentStyle.STATE).isPresent()
                ? first : null;
    }

    private static Optional<DocumentType> registryType(String abbreviation, DocumentStyle style) {
        return DocumentType.ofAbbreviation(abbreviation).filter(t -> t.appliesTo(style));
    }

    private static String withoutSpaces(String s) {
        return SPACES.matcher(s).replaceAll("");
    }
}
