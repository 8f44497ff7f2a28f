package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.danvan.audit.AuditTrail;
import vn.danvan.petition.PetitionReminders;
import vn.danvan.system.VietnameseFormat;

/**
 * Runs the case reminders every morning, once per cluster: the ShedLock lock "case-reminders" (kept at least
 * 10 minutes, like the task reminders) stops a second instance, and the notices' dedup keys stop a second run from
 * sending anything twice. Uses the same cron as the task reminders ({@code danvan.reminders.cron}; "-" turns both off).
 */
@Component
class CaseReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(CaseReminderSchedule.class);

    private final PetitionReminders reminders;
    private final AuditTrail audit;
    private final Clock clock;

    CaseReminderSchedule(PetitionReminders reminders, AuditTrail audit, Clock clock) {
        this.reminders = reminders;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${danvan.reminders.cron:0 0 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "case-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
        int created = reminders.run(today);
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "CASE_REMINDERS_RUN", "petition_case", null,
                VietnameseFormat.date(today) + ": " + created + " thông báo mới");
        log.info("Case reminders of {}: {} new notices", today, created);
    }
}
