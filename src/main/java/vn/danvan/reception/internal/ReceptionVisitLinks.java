package vn.danvan.reception.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danvan.org.Scope;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.VisitCitizen;
import vn.danvan.reception.VisitLinks;

/**
 * The reception side of "mở đơn từ lượt tiếp". A denunciation's citizens are handed over decrypted only when the
 * signed-in person may see them (a case handler or leader of the receiving organization), and that hand-over is
 * audited like a view; anyone else gets the visit with the identities left empty, so that nothing protected is copied
 * into a petition by someone who may not read it.
 */
@Component
class ReceptionVisitLinks implements VisitLinks {

    private final Receptions receptions;

    ReceptionVisitLinks(Receptions receptions) {
        this.receptions = receptions;
    }

    @Override
    public Optional<VisitForPetition> visitForPetition(long visitId, Scope scope) {
        return receptions.visitWithIdentityFor(visitId, scope, "Mở đơn từ lượt tiếp: chuyển thông tin người tố cáo sang đơn")
                .map(v -> new VisitForPetition(v.id(), v.receivedOn(), v.receivingOrganizationId(), v.unitId(), v.category(), v.field(),
                        v.content(), v.crowdDelegation(), v.citizens().stream().map(ReceptionVisitLinks::citizen).toList()));
    }

    private static Citizen citizen(VisitCitizen c) {
        return new Citizen(c.fullName(), c.address(), c.idNumber(), c.phone(), c.representative());
    }

    @Override
    public void petitionOpened(long visitId, long petitionId, String trackingCode) {
        receptions.petitionOpened(visitId, petitionId, trackingCode);
    }
}
