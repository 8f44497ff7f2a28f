package vn.danvan.document;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled list of document types with their official abbreviations: State documents after Nghị định
 * 30/2020/NĐ-CP (Appendix I), Party documents after Hướng dẫn 36-HD/VPTW. TT is "Thông tư" in State documents
 * and "Thông tri" in Party documents. Laws (L) are cited by name and carry no abbreviation in their number
 * ("10/2022/QH15").
 */
public enum DocumentType {
    NQ("NQ", "Nghị quyết", null, EnumSet.allOf(DocumentStyle.class)),
    QD("QĐ", "Quyết định", null, EnumSet.allOf(DocumentStyle.class)),
    CT("CT", "Chỉ thị", null, EnumSet.allOf(DocumentStyle.class)),
    KH("KH", "Kế hoạch", null, EnumSet.allOf(DocumentStyle.class)),
    CTR("CTr", "Chương trình", null, EnumSet.allOf(DocumentStyle.class)),
    TB("TB", "Thông báo", null, EnumSet.allOf(DocumentStyle.class)),
    BC("BC", "Báo cáo", null, EnumSet.allOf(DocumentStyle.class)),
    HD("HD", "Hướng dẫn", null, EnumSet.allOf(DocumentStyle.class)),
    QC("QC", "Quy chế", null, EnumSet.allOf(DocumentStyle.class)),
    QDI("QĐi", "Quy định", null, EnumSet.of(DocumentStyle.PARTY)),
    QYD("QyĐ", "Quy định", null, EnumSet.allOf(DocumentStyle.class)),
    KL("KL", "Kết luận", null, EnumSet.allOf(DocumentStyle.class)),
    CV("CV", "Công văn", null, EnumSet.allOf(DocumentStyle.class)),
    ND("NĐ", "Nghị định", null, EnumSet.of(DocumentStyle.STATE)),
    TT("TT", "Thông tư", "Thông tri", EnumSet.allOf(DocumentStyle.class)),
    PA("PA", "Phương án", null, EnumSet.allOf(DocumentStyle.class)),
    DA("ĐA", "Đề án", null, EnumSet.allOf(DocumentStyle.class)),
    TTR("TTr", "Tờ trình", null, EnumSet.allOf(DocumentStyle.class)),
    L("L", "Luật", null, EnumSet.of(DocumentStyle.STATE));

    private final String abbreviation;
    private final String stateName;
    private final String partyName;
    private final Set<DocumentStyle> styles;

    DocumentType(String abbreviation, String stateName, String partyName, Set<DocumentStyle> styles) {
        this.abbreviation = abbreviation;
        this.stateName = stateName;
        this.partyName = partyName;
        this.styles = styles;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The Vietnamese name of the type (State reading where the two differ). */
    public String vietnameseName() {
        return stateName;
    }

    /** The Vietnamese name in a document of this style: TT is Thông tư (State) or Thông tri (Party). */
    public String nameFor(DocumentStyle style) {
        return style == DocumentStyle.PARTY && partyName != null ? partyName : stateName;
    }

    public boolean appliesTo(DocumentStyle style) {
        return styles.contains(style);
    }

    /** The type whose official abbreviation this is ("QĐ", "CTr", "QĐi"); exact match first, then ignoring case. */
    public static Optional<DocumentType> ofAbbreviation(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(abbreviation.strip(), Normalizer.Form.NFC);
        return Arrays.stream(values()).filter(t -> t.abbreviation.equals(value)).findFirst()
                .or(() -> Arrays.stream(values()).filter(t -> t.abbreviation.equalsIgnoreCase(value)).findFirst());
    }
}
