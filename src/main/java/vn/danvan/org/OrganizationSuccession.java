package vn.danvan.org;

import java.time.LocalDate;

/** A former organization's work passed to a successor, e.g. Ban Dân vận Tỉnh ủy → Ban Tuyên giáo và Dân vận Tỉnh ủy. */
public record OrganizationSuccession(long predecessorId, long successorId, LocalDate effectiveDate, String legalBasis) {
}
