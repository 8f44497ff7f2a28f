package vn.danvan.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.system.VietnameseFormat;

/**
 * Reminders of due and overdue cases: CASE_DUE when at most {@link Cases#DUE_SOON_DAYS} days remain, CASE_OVERDUE
 * after the due date — to the case's handlers and responsible leader, and to the leaders and coordinators over the
 * handling organization (the superior body that may demand a report). Idempotent through the dedup key (case and
 * due date), so running it several times a day sends each notice once, and again only when the due date moves.
 * Scheduled daily by {@code petition.internal.CaseReminderSchedule} under a cluster-wide lock.
 */
@Service
public class PetitionReminders {

    private final PetitionRepository repository;
    private final ObjectProvider<Notifications> notifications;

    public PetitionReminders(PetitionRepository repository, ObjectProvider<Notifications> notifications) {
        this.repository = repository;
        this.notifications = notifications;
    }

    /** @return how many notices were new (0 without the notification module) */
    @Transactional
    public int run(LocalDate today) {
        Notifications sender = notifications.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Notice> notices = new ArrayList<>();
        for (PetitionCase c : repository.openCases()) {
            if (c.status() == CaseStatus.SUSPENDED || c.dueDate() == null) {
                continue;
            }
            boolean overdue = c.overdueOn(today);
            if (!overdue && !c.dueSoonOn(today)) {
                continue;
            }
            Set<Long> recipients = new LinkedHashSet<>(repository.handlers(c.id()));
            if (c.responsibleLeaderId() != null) {
                recipients.add(c.responsibleLeaderId());
            }
            if (recipients.isEmpty()) {
                recipients.addAll(sender.officersOf(c.handlingOrganizationId()));
            }
            recipients.addAll(sender.coordinatorsOver(c.handlingOrganizationId()));
            String category = overdue ? "CASE_OVERDUE" : "CASE_DUE";
            String key = (overdue ? "case-overdue:" : "case-due:") + c.id() + ":" + c.dueDate();
            String days = String.valueOf(Math.abs(c.remainingDays(today)));
            for (Long recipient : recipients) {
                notices.add(new Notice(key, recipient, category, overdue ? "notice.case.overdue" : "notice.case.due",
                        List.of("#" + c.id(), c.title(), VietnameseFormat.date(c.dueDate()), days), "/cases/" + c.id()));
            }
        }
        return notices.isEmpty() ? 0 : sender.send(notices);
    }
}
