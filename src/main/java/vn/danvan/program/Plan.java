package vn.danvan.program;

/** An annual or thematic plan (kế hoạch), under a program or standalone. */
public record Plan(long id, Long documentId, Long programId, long issuingOrganizationId, int year, String title, Kind kind,
                   int version) {

    public enum Kind { ANNUAL, THEMATIC }
}
