package vn.danvan.petition;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.system.NotFoundException;

/**
 * The public side of a petition: what its tracking code may reveal to anyone who holds it — status, current step,
 * due date; nothing personal. For the public tracking page (added later).
 */
@Service
public class PetitionTracking {

    private final PetitionRepository repository;

    public PetitionTracking(PetitionRepository repository) {
        this.repository = repository;
    }

    /** The petition's public status; an unknown or mistyped code answers 404 (the check character catches typos). */
    @Transactional(readOnly = true)
    public PublicTracking lookup(String code) {
        String stored = TrackingCode.read(code).orElseThrow(() -> new NotFoundException("petition.tracking.notFound"));
        Petition p = repository.petitionByTrackingCode(stored).orElseThrow(() -> new NotFoundException("petition.tracking.notFound"));
        if (p.status() == PetitionStatus.RECEIVED) {
            return new PublicTracking(p.trackingCode(), p.receivedOn(), p.status(), null, RuleStep.CLASSIFY, p.classifyDue());
        }
        if (p.caseId() == null) {
            return new PublicTracking(p.trackingCode(), p.receivedOn(), p.status(), null, null, null);
        }
        PetitionCase c = repository.caseById(p.caseId()).orElseThrow();
        boolean running = c.status() == CaseStatus.ACCEPTED || c.status() == CaseStatus.VERIFYING;
        LocalDate due = running ? c.dueDate() : null;
        return new PublicTracking(p.trackingCode(), p.receivedOn(), p.status(), c.status(),
                c.status().isOpen() ? RuleStep.RESOLVE : null, due);
    }
}
