package vn.danvan.petition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.petition.ArchiveReason;
import vn.danvan.petition.Cases;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ClassificationOutcome;
import vn.danvan.petition.Petition;
import vn.danvan.petition.PetitionRow;
import vn.danvan.petition.PetitionSearch;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.Petitions;
import vn.danvan.petition.RuleVariant;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.XlsxExport;

/** Petition screens: list with filters and export (redacted), intake form, detail with classification, transfer slip. */
@Controller
class PetitionController {

    private static final int EXPORT_LIMIT = 10_000;

    private final Petitions petitions;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final Labels labels;

    PetitionController(Petitions petitions, Organizations organizations, AdministrativeMap map, Labels labels) {
        this.petitions = petitions;
        this.organizations = organizations;
        this.map = map;
        this.labels = labels;
    }

    @GetMapping("/petitions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) PetitionStatus status,
                @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) Channel channel, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String due, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal DanVanUser user, Model model) {
        PetitionSearch search = new PetitionSearch(q, status, category, field, channel, unit, due);
        model.addAttribute("petitions", petitions.search(user, search, PageQuery.of(page, size, sort, dir)));
        model.addAttribute("search", search);
        model.addAttribute("today", petitions.today());
        filters(model, user);
        return htmx != null ? "petition/petitions :: results" : "petition/petitions";
    }

    private void filters(Model model, DanVanUser user) {
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("fields", MatterField.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("units", map.currentUnitsByProvince(user.scope()));
        model.addAttribute("mayReceive", user.role() != null && List.of("CASE_HANDLER", "UNIT_OFFICER", "LEADER", "ADMIN").contains(user.role().name()));
    }

    @GetMapping("/petitions/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) PetitionStatus status,
                @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) Channel channel, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String due, @AuthenticationPrincipal DanVanUser user,
                HttpServletResponse response) throws IOException {
        PetitionSearch search = new PetitionSearch(q, status, category, field, channel, unit, due);
        List<PetitionRow> rows = new ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            Paged<PetitionRow> chunk = petitions.search(user, search, new PageQuery(page, PageQuery.MAX_SIZE, "", true));
            rows.addAll(chunk.items());
            if (!chunk.hasNext()) {
                break;
            }
        }
        LocalDate today = petitions.today();
        XlsxExport.write(response, "don-thu.xlsx", labels.text("petition.list.title"),
                List.of(labels.text("petition.trackingCode"), labels.text("petition.receivedOn"), labels.text("petition.channel"),
                        labels.text("petition.category"), labels.text("petition.field"), labels.text("petition.petitioner"),
                        labels.text("petition.respondent"), labels.text("petition.unit"), labels.text("petition.status"),
                        labels.text("petition.due"), labels.text("petition.remaining")),
                rows, r -> {
                    Petition p = r.petition();
                    Integer remaining = r.remainingDays(today);
                    return List.of(p.trackingDisplay(), vn.danvan.system.VietnameseFormat.date(p.receivedOn()),
                            labels.text("petition.channel." + p.channel()), labels.text(p.category().messageKey()),
                            labels.text(p.field().messageKey()), r.petitionerDisplay(), p.respondent() == null ? "" : p.respondent(),
                            labels.unit(p.unitId()), labels.text("petition.status." + p.status()),
                            r.runningDue() == null ? "" : vn.danvan.system.VietnameseFormat.date(r.runningDue()),
                            remaining == null ? "" : remaining);
                });
    }

    @GetMapping("/petitions/new")
    String form(@RequestParam(required = false) Long visit, @AuthenticationPrincipal DanVanUser user, Model model) {
        PetitionForm form = new PetitionForm();
        form.setReceivedOn(petitions.today());
        form.setReceivingOrganizationId(user.organizationId());
        if (visit != null) {
            petitions.visit(visit, user).ifPresentOrElse(v -> {
                form.setVisitId(v.visitId());
                form.setReceivedOn(v.receivedOn());
                form.setReceivingOrganizationId(v.receivingOrganizationId());
                form.setUnitId(v.unitId());
                form.setCategory(v.category());
                form.setField(v.field());
                form.setContent(v.content());
                form.setCrowd(v.crowdDelegation());
                v.citizens().forEach(c -> form.getPetitioners().add(new PetitionForm.PetitionerLine(c.fullName(), c.address(),
                        c.idNumber(), c.phone(), c.representative())));
                model.addAttribute("fromVisit", true);
            }, () -> model.addAttribute("flashError", labels.text("petition.visit.notFound")));
        }
        return showForm(form, user, model);
    }

    private String showForm(PetitionForm form, DanVanUser user, Model model) {
        while (form.getPetitioners().size() < 3) {
            form.getPetitioners().add(new PetitionForm.PetitionerLine());
        }
        model.addAttribute("form", form);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("fields", MatterField.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("units", map.currentUnitsByProvince(user.scope()));
        model.addAttribute("organizations", organizations.currentInScope(user.scope()));
        model.addAttribute("today", petitions.today());
        return "petition/petition-form";
    }

    @PostMapping("/petitions")
    String receive(@ModelAttribute("form") PetitionForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @AuthenticationPrincipal DanVanUser user, Model model, RedirectAttributes redirect) throws IOException {
        List<Petitions.NewAttachment> attachments = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    attachments.add(new Petitions.NewAttachment(file.getOriginalFilename(), file.getBytes(), false));
                }
            }
        }
        List<Petitions.NewPetitioner> people = form.getPetitioners() == null ? List.of() : form.getPetitioners().stream()
                .map(p -> new Petitions.NewPetitioner(p.getFullName(), p.getAddress(), p.getIdNumber(), p.getPhone(), p.isRepresentative()))
                .toList();
        try {
            Petitions.Intake intake = petitions.receive(new Petitions.NewPetition(form.getChannel(), form.getSourceAgency(), form.getCategory(),
                    form.getField(), form.getReceivedOn(), form.getReceivingOrganizationId(), form.getUnitId(), form.getRespondent(),
                    form.getContent(), form.isCrowd(), form.getCrowdSize(), form.getVisitId(), form.isSeveralPlaces(), people, attachments), user);
            redirect.addFlashAttribute("flashSuccess", labels.text("petition.received",
                    vn.danvan.petition.TrackingCode.display(intake.trackingCode()), vn.danvan.system.VietnameseFormat.date(intake.classifyDue())));
            return "redirect:/petitions/" + intake.id();
        } catch (RuleViolation violation) {
            model.addAttribute("flashError", labels.text(violation));
            return showForm(form, user, model);
        }
    }

    @GetMapping("/petitions/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        return detail(id, user, model, false);
    }

    /** Showing a denouncer's identity is an explicit, audited action (POST). */
    @PostMapping("/petitions/{id}/identity")
    String identity(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        return detail(id, user, model, true);
    }

    private String detail(long id, DanVanUser user, Model model, boolean showIdentity) {
        Petition petition = petitions.get(id, user);
        model.addAttribute("petition", petition);
        model.addAttribute("petitioners", showIdentity ? petitions.identity(id, user) : petitions.petitioners(id, user));
        model.addAttribute("identityShown", showIdentity && petition.protectedIdentity());
        model.addAttribute("maySeeIdentity", petition.protectedIdentity() && petitions.maySeeIdentity(petition, user));
        model.addAttribute("attachments", petitions.attachments(id, user));
        model.addAttribute("duplicates", petitions.duplicates(id, user));
        model.addAttribute("deadlineChanges", petitions.deadlineChanges(id, user));
        model.addAttribute("mayClassify", Cases.mayAct(user) && petition.status() == PetitionStatus.RECEIVED);
        model.addAttribute("outcomes", ClassificationOutcome.values());
        model.addAttribute("archiveReasons", ArchiveReason.values());
        model.addAttribute("variants", RuleVariant.values());
        model.addAttribute("organizations", organizations.currentInScope(vn.danvan.org.Scope.all()));
        model.addAttribute("today", petitions.today());
        return "petition/petition";
    }

    @GetMapping("/petitions/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal DanVanUser user) {
        Petitions.AttachmentInfo info = petitions.attachments(id, user).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new vn.danvan.system.NotFoundException("petition.notFound"));
        byte[] bytes = petitions.attachment(id, attachmentId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(info.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, info.contentType())
                .body(bytes);
    }

    @PostMapping("/petitions/{id}/classify")
    String classify(@PathVariable long id, @RequestParam(required = false) ClassificationOutcome outcome,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) ArchiveReason archiveReason,
                    @RequestParam(required = false) Long caseId, @RequestParam(required = false) Long handlingOrganizationId,
                    @RequestParam(required = false) RuleVariant variant,
                    @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
                    @RequestParam(required = false) Long transferOrganizationId, @RequestParam(required = false) String transferOrganizationName,
                    @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        try {
            Long opened = petitions.classify(id, new Petitions.Classification(outcome, reason, archiveReason, caseId, handlingOrganizationId,
                    variant, acceptedOn, null, List.of(), transferOrganizationId, transferOrganizationName, version), user);
            redirect.addFlashAttribute("flashSuccess", labels.text("petition.classified." + outcome));
            if (outcome == ClassificationOutcome.ACCEPT && opened != null) {
                return "redirect:/cases/" + opened;
            }
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/petitions/{id}/slip")
    String slip(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        model.addAttribute("slip", petitions.transferSlip(id, user));
        return "petition/transfer-slip";
    }
}
