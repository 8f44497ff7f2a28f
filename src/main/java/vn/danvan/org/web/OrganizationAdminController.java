package vn.danvan.org.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.system.RuleViolation;

/** Registering an organization (cơ quan, đơn vị). ADMIN only (see SecurityConfiguration). */
@Controller
class OrganizationAdminController {

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "organization.name", "name",
            "organization.code", "code",
            "organization.unit", "unitId",
            "organization.parent", "parentId");

    private final Organizations organizations;
    private final AdministrativeMap map;
    private final FormMessages messages;

    OrganizationAdminController(Organizations organizations, AdministrativeMap map, FormMessages messages) {
        this.organizations = organizations;
        this.map = map;
        this.messages = messages;
    }

    @GetMapping("/admin/organizations/new")
    String newOrganization(@AuthenticationPrincipal DanVanUser admin, Model model) {
        return form(model, admin, NewOrganizationForm.blank(), Map.of(), null);
    }

    @PostMapping("/admin/organizations/new")
    String create(@AuthenticationPrincipal DanVanUser admin, @Valid @ModelAttribute("form") NewOrganizationForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, admin, form, messages.fieldErrors(binding), messages.text("form.checkFields"));
        }
        try {
            long id = organizations.create(form.request());
            redirect.addFlashAttribute("flashSuccess", messages.text("organization.created", form.name().strip()));
            return "redirect:/organizations/" + id;
        } catch (RuleViolation violation) {
            Map<String, String> errors = FIELD_OF_RULE.entrySet().stream()
                    .filter(e -> violation.messageKey().startsWith(e.getKey() + "."))
                    .findFirst().map(e -> Map.of(e.getValue(), "")).orElse(Map.of());
            return form(model, admin, form, errors, messages.of(violation));
        }
    }

    private String form(Model model, DanVanUser admin, NewOrganizationForm form, Map<String, String> errors, String formError) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("provinces", map.currentUnitsByProvince(admin.scope()));
        model.addAttribute("parents", organizations.currentInScope(admin.scope()));
        return "org/organization-form";
    }
}
