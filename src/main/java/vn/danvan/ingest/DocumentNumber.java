package vn.danvan.ingest;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and symbol of a document, in one of the two numbering systems.
 *
 * <ul>
 *   <li>State (Nghị định 30/2020/NĐ-CP): number, slash, symbol — {@code 44/KH-UBND}; legal normative documents
 *       put the year between them — {@code 107/2020/NĐ-CP}. A công văn has no type abbreviation:
 *       {@code 123/UBND-VX}; a short code such as {@code 06/CP} has the issuer only.</li>
 *   <li>Party (Hướng dẫn 36-HD/VPTW): number, hyphen, type abbreviation, slash, issuer —
 *       {@code 27-KH/BDVTU}; joint documents join the issuers with a hyphen: {@code 06-CTr/BDVTU-BCSĐUBND}.</li>
 * </ul>
 *
 * <p>The number keeps its leading zeros as written ({@code "06"}); the symbol is kept without the stray spaces
 * that typing sometimes leaves around its hyphens and slashes ({@code CTr/BDVTU- BCSĐUBND}).
 */
public record DocumentNumber(String number, Integer year, String symbol, Style style) {

    /** Which numbering system a number follows; the JSON name is the lower-case word. */
    public enum Style {
        STATE, PARTY;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    // Parts of a symbol: an abbreviation starts with a capital and runs over letters and digits (TTg, CTr,
    // QĐi, QH15). Possessive quantifiers: each part is taken whole, so no input can make the engine backtrack
    // through the ways of splitting a long symbol.
    static final String SEGMENT = "\\p{Lu}[\\p{L}\\p{N}]*+";
    // After a space typed next to a hyphen, only a true abbreviation (two capitals at least) continues the
    // symbol; this keeps "44/KH-UBND - Về việc…" from swallowing the subject line.
    static final String JOINED_SEGMENTS = "(?:-" + SEGMENT + "|\\h?-\\h?\\p{Lu}{2}[\\p{L}\\p{N}]*+)*+";
    /** A State number-symbol: group number, optional group year, group stateSymbol. */
    static final String STATE = "(?<number>\\d{1,5})(?:/(?<year>\\d{4}))?/(?<stateSymbol>" + SEGMENT + JOINED_SEGMENTS + ")";
    /** A Party number-symbol: group partyNumber, group partySymbol (type abbreviation / issuers). */
    static final String PARTY = "(?<partyNumber>\\d{1,5})\\h?-\\h?(?<partySymbol>\\p{L}{1,6}+(?:/" + SEGMENT
            + "|\\h?/\\h?\\p{Lu}{2}[\\p{L}\\p{N}]*+)" + JOINED_SEGMENTS + ")";
    /** Either style, not glued to a letter or digit on either side. */
    static final String EITHER = "(?<![\\p{L}\\p{N}])(?:" + PARTY + "|" + STATE + ")(?![\\p{L}\\p{N}])";

    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");

    private static final Pattern WHOLE = Pattern.compile(
            "\\h*(?:(?iu:số)\\h*:?\\h*)?" + EITHER.replace("(?<![\\p{L}\\p{N}])", "") + "\\h*");

    public DocumentNumber {
        if (number == null || !number.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a document number is digits: " + number);
        }
        if (symbol == null || symbol.isBlank() || style == null) {
            throw new IllegalArgumentException("a document number needs a symbol and a style");
        }
    }

    /** Parses "44/KH-UBND", "Số: 107/2020/NĐ-CP", "số 27-KH/BDVTU", "06-CTr/BDVTU- BCSĐUBND". */
    public static Optional<DocumentNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(Normalizer.normalize(written, Normalizer.Form.NFC));
        return m.matches() ? Optional.of(from(m)) : Optional.empty();
    }

    /** The number of a match of {@link #EITHER} (or of a pattern that embeds it with the same group names). */
    static DocumentNumber from(Matcher m) {
        if (m.group("partyNumber") != null) {
            return new DocumentNumber(m.group("partyNumber"), null, withoutSpaces(m.group("partySymbol")), Style.PARTY);
        }
        String year = m.group("year");
        return new DocumentNumber(m.group("number"), year == null ? null : Integer.valueOf(year),
                withoutSpaces(m.group("stateSymbol")), Style.STATE);
    }

    /** Whether the symbol as written had spaces inside that the canonical symbol drops. */
    static boolean hadStraySpace(Matcher m) {
        String written = m.group("partyNumber") != null ? m.group("partySymbol") : m.group("stateSymbol");
        return written.chars().anyMatch(Character::isWhitespace) || written.contains("\u00A0");
    }

    /** The type abbreviation inside the symbol (KH, NĐ, CTr, QĐi), or null for a công văn or a short code. */
    public String typeAbbreviation() {
        if (style == Style.PARTY) {
            return symbol.substring(0, symbol.indexOf('/'));
        }
        int dash = symbol.indexOf('-');
        String first = dash < 0 ? symbol : symbol.substring(0, dash);
        return dash >= 0 && DocumentType.isStateAbbreviation(first) ? first : null;
    }

    /**
     * The issuing body's part of the symbol (CP, TTg, UBND, TW, BDVTU-BCSĐUBND). Two documents cited in one
     * enumeration share an issuer named after it only when this part agrees.
     */
    public String issuerAbbreviation() {
        if (style == Style.PARTY) {
            return symbol.substring(symbol.indexOf('/') + 1);
        }
        String type = typeAbbreviation();
        String rest = type == null ? symbol : symbol.substring(type.length() + 1);
        int dash = type == null ? rest.indexOf('-') : -1;
        // a công văn's symbol is issuer then drafting unit (UBND-VX): the issuer is the first part
        return dash < 0 ? rest : rest.substring(0, dash);
    }

    /** The canonical form: "107/2020/NĐ-CP", "27-KH/BDVTU". */
    @Override
    public String toString() {
        if (style == Style.PARTY) {
            return number + "-" + symbol;
        }
        return number + (year == null ? "" : "/" + year) + "/" + symbol;
    }

    private static String withoutSpaces(String s) {
        return SPACES.matcher(s).replaceAll("");
    }
}
