package vn.danvan.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.calendar.CalendarDay;
import vn.danvan.calendar.CalendarImportReport;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.calendar.CountingMode;
import vn.danvan.calendar.Deadline;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.YearlyCalendarImport;
import vn.danvan.calendar.YearlyDay;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/**
 * The working calendar of a year (everyone signed in), its editing and import (ADMIN, COORDINATOR) and the
 * deadline calculator.
 */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    static final String EDITORS = "hasAnyRole('ADMIN','COORDINATOR')";

    private final WorkingCalendar calendar;
    private final YearlyCalendarImport importer;
    private final MessageSource messages;

    CalendarController(WorkingCalendar calendar, YearlyCalendarImport importer, MessageSource messages) {
        this.calendar = calendar;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate edit,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                @RequestParam(required = false) Integer days,
                @RequestParam(required = false) CountingMode mode,
                Model model) {
        int shown = year == null ? calendar.today().getYear() : year;
        List<CalendarDay> special = calendar.specialDays(shown);
        CalendarRules rules = calendar.rules();
        model.addAttribute("year", shown);
        model.addAttribute("days", special);
        model.addAttribute("tableDates", calendar.yearlyDays(shown).stream().map(YearlyDay::date).collect(Collectors.toSet()));
        model.addAttribute("months", MonthView.year(shown, rules));
        model.addAttribute("offCount", special.stream().filter(day -> !day.working()).count());
        model.addAttribute("yearlyDays", calendar.yearlyDays(shown));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", edit == null ? DayForm.blank()
                    : calendar.yearlyDay(edit).map(DayForm::of).orElse(DayForm.blank()));
        }
        model.addAttribute("editing", edit != null);
        model.addAttribute("start", start == null ? calendar.today() : start);
        model.addAttribute("periodDays", days == null ? 10 : days);
        model.addAttribute("mode", mode == null ? CountingMode.WORKING : mode);
        if (start != null && days != null) {
            try {
                Deadline deadline = calendar.deadline(start, days, mode == null ? CountingMode.WORKING : mode);
                model.addAttribute("deadline", deadline);
            } catch (RuleViolation violation) {
                model.addAttribute("deadlineError", text(violation.messageKey(), locale(), violation.arguments()));
            }
        }
        return "calendar/year";
    }

    @PostMapping("/days")
    @PreAuthorize(EDITORS)
    String save(@Valid @ModelAttribute("form") DayForm form, BindingResult binding, RedirectAttributes redirect) {
        int year = form.date() == null ? calendar.today().getYear() : form.date().getYear();
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("flashError", text("calendar.day.invalid", locale()));
            redirect.addFlashAttribute("form", form);
            return "redirect:/calendar?year=" + year;
        }
        try {
            calendar.saveDay(form.toDay());
            redirect.addFlashAttribute("flashSuccess", text("calendar.day.saved", locale(), VietnameseFormat.date(form.date())));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", text(violation.messageKey(), locale(), violation.arguments()));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/days/{date}/delete")
    @PreAuthorize(EDITORS)
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        calendar.deleteDay(date);
        redirect.addFlashAttribute("flashSuccess", text("calendar.day.deleted", locale(), VietnameseFormat.date(date)));
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/import")
    @PreAuthorize(EDITORS)
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file,
                      @RequestParam(required = false) Integer year, RedirectAttributes redirect) throws IOException {
        CalendarImportReport report;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            report = importer.apply(file == null ? "" : file.getOriginalFilename(), content);
        }
        Locale locale = locale();
        redirect.addFlashAttribute("importReport", ImportView.of(report, messages, locale));
        if (report.applied()) {
            redirect.addFlashAttribute("flashSuccess", text("calendar.import.applied", locale, report.fileName(),
                    report.lines().size(), report.count(CalendarImportReport.Status.NEW),
                    report.count(CalendarImportReport.Status.UPDATED), report.count(CalendarImportReport.Status.UNCHANGED)));
        } else {
            redirect.addFlashAttribute("flashError", report.problem() != null
                    ? ImportView.text(report.problem(), messages, locale)
                    : text("calendar.import.refused", locale, report.fileName(), report.count(CalendarImportReport.Status.ERROR)));
        }
        int shown = report.lines().stream().filter(line -> line.date() != null).map(line -> line.date().getYear())
                .findFirst().orElse(year == null ? calendar.today().getYear() : year);
        return "redirect:/calendar?year=" + shown;
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam int year, HttpServletResponse response) throws IOException {
        Locale locale = locale();
        List<CalendarDay> days = new ArrayList<>(calendar.specialDays(year));
        XlsxExport.write(response, text("calendar.export.fileName", locale, String.valueOf(year)),
                text("calendar.export.sheet", locale, String.valueOf(year)),
                List.of("ngày", "loại", "lý do", "căn cứ", text("calendar.column.weekday", locale), text("calendar.column.origin", locale)),
                days, day -> List.of(VietnameseFormat.date(day.date()), day.working() ? "làm việc" : "nghỉ", day.reason(),
                        day.legalBasis(), CalendarDay.weekday(day.date()), text("calendar.cause." + day.cause(), locale)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
