package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.danvan.org.Scope;

/**
 * What the petition module needs from the reception desk: a visit (lượt tiếp) to prefill a new petition, and the
 * link back once the petition exists, so that "mở đơn từ lượt tiếp" is one step and the visit's outcome records it.
 * Implemented by the reception module; the petition module must tolerate its absence (inject through
 * {@code ObjectProvider}).
 */
public interface VisitLinks {

    /** The visit as the caller may see it; empty when it does not exist or lies outside the caller's scope. */
    Optional<VisitForPetition> visitForPetition(long visitId, Scope scope);

    /**
     * Records that a petition was opened from the visit: the visit's outcome becomes "đã tiếp nhận đơn" and the
     * visit page links to the petition. Idempotent for the same petition.
     */
    void petitionOpened(long visitId, long petitionId, String trackingCode);

    /** A visit's facts that a petition takes over. */
    record VisitForPetition(long visitId, LocalDate receivedOn, long receivingOrganizationId, Long unitId,
                            MatterCategory category, MatterField field, String content, boolean crowdDelegation,
                            List<Citizen> citizens) {
    }

    /** A citizen received in the visit; {@code representative} marks a crowd delegation's representatives. */
    record Citizen(String fullName, String address, String idNumber, String phone, boolean representative) {
    }
}
