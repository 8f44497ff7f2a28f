package vn.danvan.program.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.internal.TaskReminders;
import vn.danvan.system.PageQuery;
import vn.danvan.system.VietnameseFormat;

/**
 * The administrator's view of the daily task reminders: their settings, the latest runs (from the audit log) and
 * a button that runs today's reminders now — nothing is sent twice, so running it after the morning run only
 * adds what changed since. Limited to ADMIN by the security configuration (/admin/**).
 */
@Controller
@RequestMapping("/admin/reminders")
class ReminderAdminController {

    private final TaskReminders reminders;
    private final ProgramPlans plans;
    private final AuditTrail audit;
    private final Environment environment;
    private final MessageSource messages;

    ReminderAdminController(TaskReminders reminders, ProgramPlans plans, AuditTrail audit, Environment environment,
                            MessageSource messages) {
        this.reminders = reminders;
        this.plans = plans;
        this.audit = audit;
        this.environment = environment;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        String cron = environment.getProperty("danvan.reminders.cron", "0 0 6 * * *");
        model.addAttribute("cron", cron);
        model.addAttribute("dueWithinDays", reminders.dueWithinDays());
        // "-" is Spring's cron for "never"
        model.addAttribute("scheduling", environment.getProperty("danvan.scheduling.enabled", Boolean.class, true)
                && !"-".equals(cron.strip()));
        model.addAttribute("mailHost", environment.getProperty("spring.mail.host"));
        model.addAttribute("runs", audit.search(new AuditSearch(null, "REMINDERS_RUN", null, null), new PageQuery(0, 10, null, true)));
        model.addAttribute("todayLabel", VietnameseFormat.date(plans.today()));
        return "program/reminders";
    }

    @PostMapping("/run")
    String run(RedirectAttributes redirect) {
        TaskReminders.Result result = reminders.run(plans.today());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("reminders.done",
                new Object[] {VietnameseFormat.date(result.day()), result.tasks(), result.created()},
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/reminders";
    }
}
