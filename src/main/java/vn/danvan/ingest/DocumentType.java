package vn.danvan.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The controlled list of document types, with the Vietnamese name a citation uses and the abbreviation that
 * appears in the symbol. State abbreviations follow Nghị định 30/2020/NĐ-CP, Appendix I; Party abbreviations
 * follow Hướng dẫn 36-HD/VPTW (2018). Where the two systems differ the abbreviations are kept apart: a Party
 * Quy định is {@code QĐi} while a State one is {@code QyĐ}; {@code TT} means Thông tư in a State symbol but
 * Thông tri in a Party symbol; a State công văn carries no type abbreviation at all ({@code 123/UBND-VX}).
 *
 * <p>The multi-word types (Chương trình phối hợp, Kế hoạch phối hợp, Chương trình hành động…) are types of their
 * own because the citation names them so; their symbol carries the abbreviation of the base type.
 */
public enum DocumentType {

    CHUONG_TRINH_PHOI_HOP("Chương trình phối hợp", "CTr", "CTr"),
    CHUONG_TRINH_HANH_DONG("Chương trình hành động", "CTr", "CTr"),
    CHUONG_TRINH_LIEN_TICH("Chương trình liên tịch", "CTr", "CTr"),
    CHUONG_TRINH("Chương trình", "CTr", "CTr"),
    KE_HOACH_PHOI_HOP("Kế hoạch phối hợp", "KH", "KH"),
    KE_HOACH_LIEN_TICH("Kế hoạch liên tịch", "KH", "KH"),
    KE_HOACH("Kế hoạch", "KH", "KH"),
    NGHI_QUYET_LIEN_TICH("Nghị quyết liên tịch", "NQLT", "NQLT"),
    NGHI_QUYET("Nghị quyết", "NQ", "NQ"),
    NGHI_DINH("Nghị định", "NĐ", null),
    QUYET_DINH("Quyết định", "QĐ", "QĐ"),
    CHI_THI("Chỉ thị", "CT", "CT"),
    QUY_CHE_PHOI_HOP("Quy chế phối hợp", "QC", "QC"),
    QUY_CHE("Quy chế", "QC", "QC"),
    QUY_DINH("Quy định", "QyĐ", "QĐi"),
    THONG_BAO_KET_LUAN("Thông báo kết luận", "TB", "TB"),
    THONG_BAO("Thông báo", "TB", "TB"),
    THONG_CAO("Thông cáo", "TC", null),
    HUONG_DAN_LIEN_TICH("Hướng dẫn liên tịch", "HD", "HD"),
    HUONG_DAN("Hướng dẫn", "HD", "HD"),
    KET_LUAN("Kết luận", null, "KL"),
    BAO_CAO("Báo cáo", "BC", "BC"),
    TO_TRINH("Tờ trình", "TTr", "TTr"),
    BIEN_BAN("Biên bản", "BB", "BB"),
    DE_AN("Đề án", "ĐA", "ĐA"),
    PHUONG_AN("Phương án", "PA", null),
    DU_AN("Dự án", "DA", null),
    HOP_DONG("Hợp đồng", "HĐ", null),
    CONG_DIEN("Công điện", "CĐ", null),
    CONG_VAN("Công văn", null, "CV"),
    VAN_BAN("Văn bản", null, null),
    THONG_TU_LIEN_TICH("Thông tư liên tịch", "TTLT", null),
    THONG_TU("Thông tư", "TT", null),
    THONG_TRI("Thông tri", null, "TT"),
    BO_LUAT("Bộ luật", null, null),
    LUAT("Luật", null, null),
    PHAP_LENH("Pháp lệnh", null, null),
    HIEN_PHAP("Hiến pháp", null, null);

    private final String vietnameseName;
    private final String stateAbbreviation;
    private final String partyAbbreviation;

    DocumentType(String vietnameseName, String stateAbbreviation, String partyAbbreviation) {
        this.vietnameseName = vietnameseName;
        this.stateAbbreviation = stateAbbreviation;
        this.partyAbbreviation = partyAbbreviation;
    }

    /** The name as a citation writes it and as the output reports it: "Chương trình phối hợp". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The abbreviation in a State symbol (Nghị định 30/2020, Appendix I), or null when there is none. */
    public String stateAbbreviation() {
        return stateAbbreviation;
    }

    /** The abbreviation in a Party symbol (Hướng dẫn 36-HD/VPTW), or null when the Party does not issue the type. */
    public String partyAbbreviation() {
        return partyAbbreviation;
    }

    /**
     * Laws, codes, ordinances and the constitution are cited by name and year ("Luật Dân chủ cơ sở năm 2022"):
     * Nghị định 30/2020 asks for type and name only when a law is cited.
     */
    public boolean citedByName() {
        return this == LUAT || this == BO_LUAT || this == PHAP_LENH || this == HIEN_PHAP;
    }

    /** The type a written name denotes, whatever its case, spacing or Unicode form ("chỉ  thị" → CHI_THI). */
    public static Optional<DocumentType> fromName(String written) {
        return Optional.ofNullable(BY_KEY.get(key(written)));
    }

    /** All names, longest first, so that an alternation tries "Kế hoạch phối hợp" before "Kế hoạch". */
    static List<String> namesLongestFirst() {
        return Arrays.stream(values()).map(DocumentType::vietnameseName)
                .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toList());
    }

    // before BY_KEY, whose keys it is used for
    private static final java.util.BitSet PLAIN_LATIN = plainLatin();

    private static java.util.BitSet plainLatin() {
        java.util.BitSet plain = new java.util.BitSet();
        for (char c = 0xC0; c <= 0x24F; c++) {
            plain.set(c - 0xC0,
                    Character.isLetter(c) && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC));
        }
        for (char c = 0x1E00; c <= 0x1EFF; c++) {
            plain.set(c - 0x1E00 + 0x190,
                    Character.isLetter(c) && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC));
        }
        return plain;
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\h]+");

    private static final Map<String, DocumentType> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> key(t.vietnameseName), t -> t));

    private static String key(String name) {
        if (isPlainKey(name)) {
            return name.toLowerCase(Locale.ROOT); // what the general path below gives, without its cost
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether normalising, stripping and squeezing would leave the name as it is: every char is ASCII (always NFC)
     * or a Vietnamese precomposed letter of the Latin-1, Latin Extended or Latin Extended Additional blocks (NFC
     * when nothing combining follows), no char is a combining mark, and spaces are single plain spaces between
     * words.
     */
    private static boolean isPlainKey(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || name.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !isPrecomposedLatinLetter(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrecomposedLatinLetter(char c) {
        return (c >= 0xC0 && c <= 0x24F && PLAIN_LATIN.get(c - 0xC0))
                || (c >= 0x1E00 && c <= 0x1EFF && PLAIN_LATIN.get(c - 0x1E00 + 0x190));
    }
}
