package vn.danvan.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import vn.danvan.system.VietnameseText;

/**
 * What makes two registrations the same document.
 * <ul>
 *   <li>State (Nghị định 30/2020/NĐ-CP): issuer + year of issue + type + number — numbers restart every
 *       1 January, so 16/CT-TTg of 2016 and 16/CT-TTg of 2020 are two documents;</li>
 *   <li>Party (Hướng dẫn 36-HD/VPTW): issuer + Party-committee term + type + number — the same number twice
 *       in one term is a duplicate.</li>
 * </ul>
 * The issuer is the symbol's issuer part, upper case, NFC, without spaces. Local abbreviations such as
 * "UBND", "TU" or "BDVTU" are the same in every province, so for them the issuing body (organization id, or
 * the folded issuer name) is part of the issuer too; national abbreviations (TTg, CP, TW, QH15 …) are
 * unique by themselves.
 */
public final class DocumentIdentity {

    private static final Set<String> NATIONAL = Set.of("TTG", "CP", "TW", "BCT", "BBT", "VPTW", "BDVTW", "BTGTW",
            "BTGDVTW", "BCSĐCP", "QH", "UBTVQH", "VPCP", "MTTW", "TLĐ");

    private DocumentIdentity() {
    }

    public static String key(DocumentStyle style, DocumentType type, String number, String issuerPart, Integer year,
                             String partyTerm, Long issuerOrganizationId, String issuerName) {
        String issuer = normalizeIssuer(issuerPart);
        String period = style == DocumentStyle.STATE
                ? "Y" + (year == null ? "?" : year)
                : "T" + (partyTerm == null ? "?" : partyTerm);
        String body = isNational(issuer) ? ""
                : issuerOrganizationId != null ? "@org" + issuerOrganizationId
                : issuerName != null && !issuerName.isBlank() ? "@" + VietnameseText.fold(issuerName).replace(" ", "")
                : "";
        String numberPart = number == null ? "" : number.strip().replaceFirst("^0+(?=\\d)", "");
        return style.name() + "|" + issuer + body + "|" + period + "|" + type.name() + "|" + numberPart;
    }

    static String normalizeIssuer(String issuerPart) {
        if (issuerPart == null) {
            return "";
        }
        return Normalizer.normalize(issuerPart, Normalizer.Form.NFC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static boolean isNational(String normalizedIssuer) {
        if (normalizedIssuer.isEmpty()) {
            return false;
        }
        for (String part : normalizedIssuer.split("-")) {
            if (!NATIONAL.contains(part) && !part.matches("QH\\d+")) {
                return false;
            }
        }
        return true;
    }
}
