package vn.danvan.reception;

/**
 * The field (lĩnh vực) a matter belongs to, as the reception and petition statistics forms group them.
 * The label key is {@code matter.field.<name>}.
 */
public enum MatterField {
    /** đất đai. */
    LAND,
    /** nhà ở, xây dựng, quy hoạch. */
    CONSTRUCTION,
    /** chính sách xã hội (người có công, bảo trợ xã hội, lao động). */
    SOCIAL_POLICY,
    /** tài nguyên, môi trường. */
    ENVIRONMENT,
    /** hành chính (thủ tục, thái độ cán bộ). */
    ADMINISTRATION,
    /** tư pháp, thi hành án. */
    JUSTICE,
    /** tài chính, đầu tư, doanh nghiệp. */
    FINANCE,
    /** Đảng, đoàn thể, cán bộ. */
    PARTY_AND_CADRES,
    /** lĩnh vực khác. */
    OTHER;

    public String messageKey() {
        return "matter.field." + name();
    }
}
