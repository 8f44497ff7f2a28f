package vn.danvan.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.CatalogueImport;
import vn.danvan.org.ImportReport;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/**
 * The administrator's page for importing the commune catalogue: check a file, then import it. The last report
 * stays in the session, so that the page can be reloaded and the report downloaded as Excel.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueController {

    static final String LAST_REPORT = CatalogueController.class.getName() + ".lastReport";
    static final int ROWS_SHOWN = 500;

    private final CatalogueImport catalogue;
    private final MessageSource messages;

    CatalogueController(CatalogueImport catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String page(HttpSession session, Locale locale, Model model) {
        if (session.getAttribute(LAST_REPORT) instanceof ImportReport report) {
            model.addAttribute("report", CatalogueReportView.mostImportant(report, ROWS_SHOWN, messages, locale));
        }
        model.addAttribute("maxRows", (long) CatalogueImport.MAX_ROWS);
        model.addAttribute("maxMegabytes", (long) CatalogueImport.MAX_MEGABYTES);
        return "org/catalogue";
    }

    @PostMapping("/preview")
    String preview(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
                   Locale locale, RedirectAttributes redirect) throws IOException {
        return answer(file, false, session, locale, redirect);
    }

    @PostMapping("/import")
    String apply(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
                 Locale locale, RedirectAttributes redirect) throws IOException {
        return answer(file, true, session, locale, redirect);
    }

    /** Checks (and, when asked, applies) the file, keeps the report for the page and says how it went. */
    private String answer(MultipartFile file, boolean apply, HttpSession session, Locale locale,
                          RedirectAttributes redirect) throws IOException {
        ImportReport report;
        try (InputStream content = content(file)) {
            report = apply ? catalogue.apply(fileName(file), content) : catalogue.preview(fileName(file), content);
        }
        session.setAttribute(LAST_REPORT, report);
        boolean success = apply ? report.applied() : report.ok();
        if (success) {
            redirect.addFlashAttribute("flashSuccess", text(apply ? "catalogue.applied" : "catalogue.preview.ok", report, locale));
        } else {
            redirect.addFlashAttribute("flashError", failure(apply ? "catalogue.refused" : "catalogue.preview.failed", report, locale));
        }
        return "redirect:/admin/catalogue";
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(message("catalogue.template.fileName", locale), StandardCharsets.UTF_8));
        catalogue.writeTemplate(message("catalogue.template.sheet", locale), response.getOutputStream());
    }

    @GetMapping("/report.xlsx")
    void report(HttpServletRequest request, HttpSession session, Locale locale, HttpServletResponse response)
            throws IOException {
        if (!(session.getAttribute(LAST_REPORT) instanceof ImportReport report)) {
            response.sendRedirect(request.getContextPath() + "/admin/catalogue");
            return;
        }
        CatalogueReportView view = CatalogueReportView.allRows(report, messages, locale);
        XlsxExport.write(response, message("catalogue.report.fileName", locale), message("catalogue.report.sheet", locale),
                List.of(message("catalogue.report.row", locale), message("catalogue.column.communeCode", locale),
                        message("catalogue.column.communeName", locale), message("catalogue.column.level", locale),
                        message("catalogue.column.provinceCode", locale), message("catalogue.report.status", locale),
                        message("catalogue.report.messages", locale)),
                view.rows(), row -> List.of(row.row(), row.communeCode(), row.communeName(), row.level(),
                        row.provinceCode(), row.statusLabel(),
                        row.messages().stream().map(CatalogueReportView.MessageView::text).collect(Collectors.joining("; "))));
    }

    private String text(String key, ImportReport report, Locale locale) {
        ImportReport.Counts counts = report.counts();
        return messages.getMessage(key, new Object[] {report.fileName(), VietnameseFormat.number(counts.rows()),
            VietnameseFormat.number(counts.created()), VietnameseFormat.number(counts.updated()),
            VietnameseFormat.number(counts.unchanged()), VietnameseFormat.number(report.elapsedMillis()),
            VietnameseFormat.number(counts.errors())}, locale);
    }

    /** Why nothing was written: the file's own problem, or the number of rows in error. */
    private String failure(String key, ImportReport report, Locale locale) {
        if (!report.problems().isEmpty()) {
            return CatalogueReportView.text(report.problems().get(0), messages, locale);
        }
        return text(key, report, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String fileName(MultipartFile file) {
        return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    private static InputStream content(MultipartFile file) throws IOException {
        return file == null ? InputStream.nullInputStream() : file.getInputStream();
    }
}
