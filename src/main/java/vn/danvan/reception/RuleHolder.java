package vn.danvan.reception;

import vn.danvan.org.OrganizationKind;

/** Whose periodic reception a rule sets; the label key is {@code reception.holder.<name>}. */
public enum RuleHolder {
    /** Chủ tịch Ủy ban nhân dân. */
    PEOPLES_COMMITTEE_CHAIR,
    /** Thủ trưởng sở, ngành (cơ quan chuyên môn). */
    DEPARTMENT_HEAD,
    /** Bí thư cấp ủy (người đứng đầu cấp ủy). */
    PARTY_SECRETARY;

    /** The holder whose periodic session an organization of this kind holds; null when none applies. */
    public static RuleHolder of(SessionKind kind, OrganizationKind organizationKind) {
        if (kind == SessionKind.PARTY_HEAD_PERIODIC) {
            return organizationKind == OrganizationKind.PARTY_COMMITTEE ? PARTY_SECRETARY : null;
        }
        if (kind != SessionKind.HEAD_PERIODIC) {
            return null;
        }
        return switch (organizationKind) {
            case PEOPLES_COMMITTEE -> PEOPLES_COMMITTEE_CHAIR;
            case DEPARTMENT -> DEPARTMENT_HEAD;
            default -> null;
        };
    }

    public String messageKey() {
        return "reception.holder." + name();
    }
}
