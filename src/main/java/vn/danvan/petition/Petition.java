package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/** A petition (đơn) as stored; its petitioners are read separately, redacted for a denunciation. */
public record Petition(long id, String trackingCode, Channel channel, String sourceAgency, MatterCategory category,
                       MatterField field, LocalDate receivedOn, long receivingOrganizationId, Long unitId, String respondent,
                       String content, boolean crowd, int petitionerCount, boolean named, boolean protectedIdentity,
                       Long visitId, PetitionStatus status, Long classifyRuleId, LocalDate classifyDue, LocalDate classifiedOn,
                       String classifiedBy, String outcomeReason, ArchiveReason archiveReason, Long transferOrganizationId,
                       String transferOrganizationName, String transferSlipNo, Long caseId, Long duplicateOfId, int version,
                       OffsetDateTime createdAt, String createdBy) {

    public String trackingDisplay() {
        return TrackingCode.display(trackingCode);
    }
}
