package vn.danvan.program.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvan.audit.AuditTrail;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.program.ProgressUpdate;
import vn.danvan.program.Task;
import vn.danvan.system.VietnameseFormat;

/**
 * The daily task reminders: every morning, the tasks due within {@code danvan.reminders.due-within-days} days and
 * the overdue ones (see {@link TaskReminder}) notify the officers of their lead organization and the coordinators
 * over it (in-app, and by e-mail when mail is configured).
 *
 * <p>Once per day per cluster: the scheduled method holds the ShedLock lock "task-reminders" (kept at least
 * 10 minutes, so that an instance whose clock is a few minutes behind does not run it again), and sending is
 * idempotent, so that a second run — by hand, or after a crash — sends nothing twice.
 */
@Component
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final ProgramRepository repository;
    private final Notifications notifications;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;
    private final int dueWithinDays;

    public TaskReminders(ProgramRepository repository, Notifications notifications, Organizations organizations,
                         AuditTrail audit, Clock clock, @Value("${danvan.reminders.due-within-days:7}") int dueWithinDays) {
        if (dueWithinDays < 0) {
            throw new IllegalArgumentException("danvan.reminders.due-within-days must not be negative: " + dueWithinDays);
        }
        this.repository = repository;
        this.notifications = notifications;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
        this.dueWithinDays = dueWithinDays;
    }

    /** What one run did. */
    public record Result(LocalDate day, int tasks, int notices, int created) {
    }

    @Scheduled(cron = "${danvan.reminders.cron:0 0 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "task-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    public void daily() {
        Result result = run(LocalDate.now(clock.withZone(VietnameseFormat.ZONE)));
        log.info("Task reminders of {}: {} tasks, {} new notices", result.day(), result.tasks(), result.created());
    }

    public int dueWithinDays() {
        return dueWithinDays;
    }

    /** Sends the reminders of the day; safe to run again (nothing is sent twice). Audited. */
    public Result run(LocalDate day) {
        List<Task> tasks = repository.findReminderCandidates(day.plusDays(dueWithinDays));
        Map<Long, ProgressUpdate> latest = repository.latest(tasks.stream().map(Task::id).toList());
        Map<Long, Set<Long>> recipientsByOrganization = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Notice> notices = new ArrayList<>();
        int reminded = 0;
        for (Task task : tasks) {
            List<TaskReminder> reminders = TaskReminder.of(task, latest.get(task.id()), day, dueWithinDays);
            if (reminders.isEmpty()) {
                continue;
            }
            reminded++;
            long lead = task.leadOrganizationId();
            Set<Long> recipients = recipientsByOrganization.computeIfAbsent(lead, this::recipients);
            String leadName = names.computeIfAbsent(lead, id -> organizations.find(id).map(Organization::name).orElse(""));
            for (TaskReminder reminder : reminders) {
                List<String> args = List.of(task.title(), VietnameseFormat.date(reminder.deadline()), leadName);
                recipients.forEach(user -> notices.add(new Notice(reminder.dedupKey(task.id()), user, reminder.category(),
                        reminder.messageKey(), args, "/tasks/" + task.id())));
            }
        }
        int created = notifications.send(notices);
        audit.record("REMINDERS_RUN", "reminders", null, "Nhắc hạn ngày " + VietnameseFormat.date(day) + ": " + reminded
                + " nhiệm vụ cần nhắc, " + created + " thông báo mới");
        return new Result(day, reminded, notices.size(), created);
    }

    /** The lead organization's officers and the coordinators over it. */
    private Set<Long> recipients(long organizationId) {
        Set<Long> users = new LinkedHashSet<>(notifications.officersOf(organizationId));
        users.addAll(notifications.coordinatorsOver(organizationId));
        return users;
    }
}
