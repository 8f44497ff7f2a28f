package vn.danvan.org;

import java.time.LocalDate;

/** A former unit went, wholly or in part, into a successor unit on a date, by a legal act. */
public record UnitSuccession(long predecessorId, long successorId, Share share, boolean primarySuccessor,
                             LocalDate effectiveDate, String legalBasis) {

    public enum Share { FULL, PARTIAL }
}
