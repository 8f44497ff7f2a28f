package vn.danvan.document.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.document.Attachment;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentSearch;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentType;
import vn.danvan.document.DuplicateDocument;
import vn.danvan.document.RelationKind;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/** The registry screens: list with live search, detail with the citation chain, forms, relations, attachments. */
@Controller
class DocumentController {

    static final String EDITORS = "hasAnyRole('COORDINATOR','LEADER','ADMIN')";

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "document.number", "numberSymbol",
            "document.type", "type",
            "document.title", "title",
            "document.year", "year",
            "document.date", "issueDate",
            "document.term", "partyTerm",
            "document.issuer", "issuerName",
            "document.tag", "tags",
            "document.duplicate", "numberSymbol");

    private final java.util.List<vn.danvan.document.DocumentMentions> mentions;
    private final DocumentRegistry registry;
    private final Organizations organizations;
    private final MessageSource messages;

    DocumentController(DocumentRegistry registry, Organizations organizations, MessageSource messages,
                       java.util.List<vn.danvan.document.DocumentMentions> mentions) {
        this.mentions = mentions;
        this.registry = registry;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q,
                @RequestParam(required = false) DocumentType type,
                @RequestParam(required = false) String issuer,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) DocumentStatus status,
                @RequestParam(required = false) String tag,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<Document> found = registry.search(new DocumentSearch(q, type, issuer, null, year, status, tag),
                PageQuery.of(page, 25, sort, dir == null && sort == null ? "desc" : dir));
        model.addAttribute("documents", found);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("issuer", issuer);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("tag", tag);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        return htmx != null ? "document/documents :: results" : "document/documents";
    }

    @GetMapping("/documents/export.xlsx")
    void export(@RequestParam(required = false) String q,
                @RequestParam(required = false) DocumentType type,
                @RequestParam(required = false) String issuer,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) DocumentStatus status,
                @RequestParam(required = false) String tag,
                HttpServletResponse response) throws IOException {
        Paged<Document> found = registry.search(new DocumentSearch(q, type, issuer, null, year, status, tag),
                new PageQuery(0, 5000, "date", true));
        XlsxExport.write(response, "van-ban.xlsx", "Văn bản",
                List.of(text("document.type"), text("document.numberSymbol"), text("document.issueDate"), text("document.issuer"),
                        text("document.title"), text("document.status")),
                found.items(), d -> List.of(d.typeName(), d.numberSymbol(), d.issueDate() == null ? "" : VietnameseFormat.date(d.issueDate()),
                        d.issuerName(), d.title(), text("document.status." + d.status())));
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String pick, Model model) {
        Document document = registry.get(id);
        model.addAttribute("document", document);
        model.addAttribute("issuer", registry.issuer(document).orElse(null));
        model.addAttribute("tags", registry.tags(id));
        model.addAttribute("attachments", registry.attachments(id));
        model.addAttribute("relations", registry.relations(id));
        model.addAttribute("mentions", mentions.stream().flatMap(m -> m.mentionsOf(id).stream()).toList());
        List<Document> up = registry.chainUp(id);
        List<Document> reversed = new ArrayList<>(up);
        java.util.Collections.reverse(reversed);
        model.addAttribute("chainUp", reversed);
        model.addAttribute("chainDown", registry.chainDown(id));
        model.addAttribute("kinds", RelationKind.values());
        model.addAttribute("pick", pick);
        model.addAttribute("options", registry.pick(pick, 30).stream().filter(d -> d.id() != id).toList());
        return "document/document";
    }

    /** Options of the relation picker (htmx). */
    @GetMapping("/documents/{id}/relations/options")
    String options(@PathVariable long id, @RequestParam(required = false) String pick, Model model) {
        model.addAttribute("options", registry.pick(pick, 30).stream().filter(d -> d.id() != id).toList());
        return "document/document :: options";
    }

    @GetMapping("/documents/new")
    @PreAuthorize(EDITORS)
    String newDocument(@AuthenticationPrincipal DanVanUser user,
                       @RequestParam(required = false) String number,
                       @RequestParam(required = false) String typeLabel,
                       @RequestParam(required = false) String issueDate,
                       @RequestParam(required = false) String issuer,
                       Model model) {
        // "Đăng ký văn bản này" on the extraction page opens the form filled with what the citation says
        return form(model, user, DocumentForm.prefilled(number, typeLabel, issueDate, issuer), null, Map.of(), null, null);
    }

    @PostMapping("/documents/new")
    @PreAuthorize(EDITORS)
    String create(@AuthenticationPrincipal DanVanUser user, @Valid @ModelAttribute("form") DocumentForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        return save(user, null, form, binding, model, redirect);
    }

    @GetMapping("/documents/{id}/edit")
    @PreAuthorize(EDITORS)
    String edit(@AuthenticationPrincipal DanVanUser user, @PathVariable long id, Model model) {
        Document document = registry.get(id);
        return form(model, user, DocumentForm.of(document, registry.tags(id)), id, Map.of(), null, null);
    }

    @PostMapping("/documents/{id}/edit")
    @PreAuthorize(EDITORS)
    String update(@AuthenticationPrincipal DanVanUser user, @PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        registry.get(id);
        return save(user, id, form, binding, model, redirect);
    }

    private String save(DanVanUser user, Long id, DocumentForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? text("document.form.invalidValue")
                    : messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        LocalDate date = null;
        if (!errors.containsKey("issueDate")) {
            try {
                date = form.parsedIssueDate();
            } catch (IllegalArgumentException e) {
                errors.put("issueDate", text("document.date.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            return form(model, user, form, id, errors, text("form.checkFields"), null);
        }
        try {
            long saved;
            if (id == null) {
                saved = registry.register(form.request(date));
                redirect.addFlashAttribute("flashSuccess", text("document.created"));
            } else {
                registry.update(id, form.version() == null ? -1 : form.version(), form.request(date));
                saved = id;
                redirect.addFlashAttribute("flashSuccess", text("document.updated"));
            }
            return "redirect:/documents/" + saved;
        } catch (RuleViolation violation) {
            Map<String, String> fieldErrors = FIELD_OF_RULE.entrySet().stream()
                    .filter(e -> violation.messageKey().startsWith(e.getKey()))
                    .findFirst().map(e -> Map.of(e.getValue(), "")).orElse(Map.of());
            Long existing = violation instanceof DuplicateDocument duplicate ? duplicate.existingId() : null;
            return form(model, user, form, id, fieldErrors,
                    text(violation),
                    existing);
        }
    }

    private String form(Model model, DanVanUser user, DocumentForm form, Long id, Map<String, String> errors, String formError,
                        Long existingId) {
        model.addAttribute("form", form);
        model.addAttribute("documentId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("existingId", existingId);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        List<vn.danvan.org.Organization> issuers = new ArrayList<>(organizations.currentInScope(user.scope()));
        if (form.issuerOrganizationId() != null && issuers.stream().noneMatch(o -> o.id() == form.issuerOrganizationId())) {
            // a document of a former body (e.g. the former Ban Dân vận Tỉnh ủy) keeps its issuer selectable
            organizations.find(form.issuerOrganizationId()).ifPresent(o -> issuers.add(0, o));
        }
        model.addAttribute("issuers", issuers);
        return "document/document-form";
    }

    @PostMapping("/documents/{id}/relations")
    @PreAuthorize(EDITORS)
    String relate(@PathVariable long id, @RequestParam(required = false) Long otherId, @RequestParam(required = false) RelationKind kind,
                  RedirectAttributes redirect) {
        try {
            if (otherId == null) {
                throw new RuleViolation("document.relation.other.required");
            }
            registry.relate(id, otherId, kind);
            redirect.addFlashAttribute("flashSuccess", text("document.relation.added"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", text(violation));
        }
        return "redirect:/documents/" + id + "#relations";
    }

    @PostMapping("/documents/{id}/relations/delete")
    @PreAuthorize(EDITORS)
    String unrelate(@PathVariable long id, @RequestParam long fromId, @RequestParam long toId, @RequestParam RelationKind kind,
                    RedirectAttributes redirect) {
        if (fromId != id && toId != id) {
            throw new RuleViolation("document.relation.notOfThis");
        }
        registry.unrelate(fromId, toId, kind);
        redirect.addFlashAttribute("flashSuccess", text("document.relation.removed"));
        return "redirect:/documents/" + id + "#relations";
    }

    @PostMapping("/documents/{id}/attachments")
    @PreAuthorize(EDITORS)
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolation("document.attachment.empty");
            }
            Attachment attachment = registry.attach(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flashSuccess", text("document.attachment.added", attachment.fileName()));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", text(violation));
        }
        return "redirect:/documents/" + id + "#attachments";
    }

    @PostMapping("/documents/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize(EDITORS)
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        String fileName = registry.attachment(id, attachmentId).fileName();
        registry.detach(id, attachmentId);
        redirect.addFlashAttribute("flashSuccess", text("document.attachment.removed", fileName));
        return "redirect:/documents/" + id + "#attachments";
    }

    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) throws IOException {
        Attachment attachment = registry.attachment(id, attachmentId);
        byte[] content = registry.content(attachment);
        response.setContentType(attachment.contentType());
        response.setContentLengthLong(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }

    private String text(RuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
