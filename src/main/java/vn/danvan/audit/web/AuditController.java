package vn.danvan.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/**
 * The audit log for administrators, newest first. Access is limited to ADMIN by the security configuration
 * (/admin/**), so this module needs no knowledge of accounts or roles.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 5000;

    private final AuditTrail audit;
    private final MessageSource messages;

    AuditController(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String actor,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String entityId,
                @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<AuditEvent> events = audit.search(new AuditSearch(actor, action, entityType, entityId),
                PageQuery.of(page, PAGE_SIZE, null, null));
        model.addAttribute("events", events);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("actions", audit.recordedActions());
        model.addAttribute("entityTypes", audit.recordedEntityTypes());
        return htmx != null ? "audit/events :: results" : "audit/events";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String actor,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String entityId,
                HttpServletResponse response) throws IOException {
        Paged<AuditEvent> events = audit.search(new AuditSearch(actor, action, entityType, entityId),
                new PageQuery(0, EXPORT_LIMIT, null, true));
        XlsxExport.write(response, "nhat-ky-he-thong.xlsx", text("audit.title"),
                List.of(text("audit.occurredAt"), text("audit.actor"), text("audit.action"), text("audit.entityType"),
                        text("audit.entityId"), text("audit.summary"), text("audit.remoteAddress")),
                events.items(), e -> List.of(VietnameseFormat.dateTime(e.occurredAt()), e.actor(),
                        label("audit.action.", e.action()), label("audit.entity.", e.entityType()),
                        e.entityId() == null ? "" : e.entityId(), e.summary(),
                        e.remoteAddress() == null ? "" : e.remoteAddress()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The Vietnamese name of a code if there is one; codes added by other modules later show as they are. */
    private String label(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
    }
}
