package vn.danvan.reception;

/**
 * A citizen received in a visit. For a denunciation the identity is protected: outside the one audited view it
 * comes back {@link #redacted}, with every personal field null.
 */
public record VisitCitizen(int ordinal, String fullName, String address, String idNumber, String phone,
                           boolean representative, boolean protectedIdentity, boolean redacted) {

    public static VisitCitizen redacted(int ordinal, boolean representative) {
        return new VisitCitizen(ordinal, null, null, null, null, representative, true, true);
    }
}
