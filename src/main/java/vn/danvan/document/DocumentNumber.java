package vn.danvan.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol (số, ký hiệu) as written, parsed:
 * <ul>
 *   <li>State: "16/CT-TTg", "107/2020/NĐ-CP" (year inside), "123/UBND-VX" (a công văn: no type abbreviation,
 *       issuer then drafting unit), "10/2022/QH15" (a law);</li>
 *   <li>Party: "27-KH/BDVTU", "06-CTr/BDVTU- BCSĐUBND" (stray spaces removed).</li>
 * </ul>
 *
 * @param number         the number as written, leading zeros kept ("06")
 * @param symbol         the part after the number (and after the year when it is inside): "CT-TTg", "KH/BDVTU"
 * @param style          State (number-slash) or Party (number-hyphen)
 * @param type           the type given by the abbreviation, or null when the symbol carries none that is known
 * @param issuerPart     the issuer's abbreviation(s): "TTg", "BDVTU-BCSĐUBND", "UBND-VX"
 * @param embeddedYear   the year written inside the number ("107/2020/NĐ-CP" → 2020), else null
 */
public record DocumentNumber(String number, String symbol, DocumentStyle style, DocumentType type, String issuerPart,
                             Integer embeddedYear) {

    private static final Pattern PARTY = Pattern.compile("^(\\d+[a-zA-Z]?)-([^/\\-]+)/(.+)$");
    private static final Pattern STATE_WITH_YEAR = Pattern.compile("^(\\d+[a-zA-Z]?)/((?:19|20)\\d{2})/(.+)$");
    private static final Pattern STATE = Pattern.compile("^(\\d+[a-zA-Z]?)/(.+)$");
    private static final Pattern PREFIX = Pattern.compile("^(?iu)(số\\s*:?|so\\s*:?)\\s*");
    private static final Pattern LAW_ISSUER = Pattern.compile("^QH\\d*$");

    /** Parses what a person typed or a text cited; empty when it is not a document number. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        value = PREFIX.matcher(value).replaceFirst("");
        value = value.replaceAll("\\s+", "").replace('–', '-').replace('‑', '-');
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher party = PARTY.matcher(value);
        if (party.matches()) {
            Optional<DocumentType> type = DocumentType.ofAbbreviation(party.group(2));
            if (type.isPresent() && type.get().appliesTo(DocumentStyle.PARTY)) {
                String abbreviation = type.get().abbreviation();
                return Optional.of(new DocumentNumber(party.group(1), abbreviation + "/" + party.group(3),
                        DocumentStyle.PARTY, type.get(), party.group(3), null));
            }
        }
        Integer year = null;
        String number;
        String symbol;
        Matcher withYear = STATE_WITH_YEAR.matcher(value);
        Matcher state = STATE.matcher(value);
        if (withYear.matches()) {
            number = withYear.group(1);
            year = Integer.valueOf(withYear.group(2));
            symbol = withYear.group(3);
        } else if (state.matches()) {
            number = state.group(1);
            symbol = state.group(2);
        } else {
            return Optional.empty();
        }
        if (symbol.isEmpty() || symbol.startsWith("-") || symbol.endsWith("-") || symbol.contains("/")) {
            return Optional.empty();
        }
        int hyphen = symbol.indexOf('-');
        DocumentType type = null;
        String issuer = symbol;
        if (hyphen > 0) {
            Optional<DocumentType> known = DocumentType.ofAbbreviation(symbol.substring(0, hyphen))
                    .filter(t -> t.appliesTo(DocumentStyle.STATE));
            if (known.isPresent()) {
                type = known.get();
                issuer = symbol.substring(hyphen + 1);
                symbol = type.abbreviation() + "-" + issuer;
            } else {
                // "123/UBND-VX": a State công văn carries no type abbreviation (Nghị định 30/2020)
                type = DocumentType.CV;
            }
        } else if (LAW_ISSUER.matcher(symbol.toUpperCase(java.util.Locale.ROOT)).matches()) {
            type = DocumentType.L;
        }
        return Optional.of(new DocumentNumber(number, symbol, DocumentStyle.STATE, type, issuer, year));
    }

    /** As it is written on the document: "16/CT-TTg", "107/2020/NĐ-CP", "27-KH/BDVTU". */
    public String display() {
        return format(number, symbol, style, embeddedYear);
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
}
