package vn.danvan.org;

/** Tiers of the administrative map. DISTRICT exists only for units before 1 July 2025 (Luật 72/2025/QH15). */
public enum UnitLevel {
    PROVINCE(2), DISTRICT(3), COMMUNE(5);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Official catalogue codes: province 2 digits, district 3, commune 5. */
    public int codeLength() {
        return codeLength;
    }
}
