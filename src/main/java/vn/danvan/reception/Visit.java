package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit (lượt tiếp): one reception of one citizen or a group on one matter. {@code citizensCount} is how many
 * people came (a crowd delegation may list only its representatives); {@code citizens} are the people recorded.
 */
public record Visit(long id, Long sessionId, LocalDate receivedOn, long receivingOrganizationId, Long unitId,
                    MatterCategory category, MatterField field, String content, int citizensCount, boolean crowdDelegation,
                    VisitOutcome outcome, String transferTarget, Long petitionId, String trackingCode, LocalDate answerDue,
                    LocalDate answeredOn, String answerNote, List<VisitCitizen> citizens, int version) {

    public Visit {
        citizens = citizens == null ? List.of() : List.copyOf(citizens);
    }

    /** A denunciation's citizens are protected (Luật Tố cáo 2018, Art. 47–48). */
    public boolean protectedIdentity() {
        return category == MatterCategory.DENUNCIATION;
    }

    public boolean answered() {
        return answeredOn != null;
    }

    /** Still waiting for its answer after the due day. */
    public boolean overdue(LocalDate today) {
        return answerDue != null && answeredOn == null && today.isAfter(answerDue);
    }

    /** Answered after the due day. */
    public boolean answeredLate() {
        return answerDue != null && answeredOn != null && answeredOn.isAfter(answerDue);
    }

    public long representatives() {
        return citizens.stream().filter(VisitCitizen::representative).count();
    }

    public boolean petitionOpened() {
        return petitionId != null;
    }
}
