package vn.danvan.org.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.PasswordPolicy;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.org.UserSearch;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/** User administration: list, create, edit, disable and enable, reset password. ADMIN only (see SecurityConfiguration). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 25;
    private static final int HISTORY_SIZE = 20;
    /** Which form field a service rule is about, so that the field is marked next to the message. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "user.username", "username",
            "user.fullName", "fullName",
            "user.role", "role",
            "user.organization", "organizationId",
            "user.email", "email",
            "user.phone", "phone",
            "user.password", "password");

    private final UserAccounts users;
    private final Organizations organizations;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final FormMessages messages;
    private final Clock clock;

    UserAdminController(UserAccounts users, Organizations organizations, PasswordPolicy passwordPolicy,
                        AuditTrail audit, FormMessages messages, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal DanVanUser admin,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<UserAccount> found = users.search(admin.scope(), new UserSearch(q, role, enabled),
                PageQuery.of(page, PAGE_SIZE, sort, dir));
        model.addAttribute("users", found);
        model.addAttribute("organizationNames", organizationNames(found.items()));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", OffsetDateTime.now(clock));
        return htmx != null ? "org/users :: results" : "org/users";
    }

    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal DanVanUser admin,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        Paged<UserAccount> found = users.search(admin.scope(), new UserSearch(q, role, enabled),
                new PageQuery(0, 5000, sort, "desc".equalsIgnoreCase(dir)));
        Map<Long, String> names = organizationNames(found.items());
        OffsetDateTime now = OffsetDateTime.now(clock);
        XlsxExport.write(response, "nguoi-dung.xlsx", messages.text("user.list.title"),
                List.of(messages.text("user.username"), messages.text("user.fullName"), messages.text("user.positionTitle"),
                        messages.text("user.role"), messages.text("user.organization"), messages.text("user.email"),
                        messages.text("user.phone"), messages.text("user.status"), messages.text("user.lastLogin"),
                        messages.text("user.createdAt")),
                found.items(), u -> List.of(u.username(), u.fullName(), orEmpty(u.positionTitle()),
                        messages.text("role." + u.role()), orEmpty(names.get(u.organizationId())), orEmpty(u.email()),
                        orEmpty(u.phone()), status(u, now), VietnameseFormat.dateTime(u.lastLoginAt()),
                        VietnameseFormat.dateTime(u.createdAt())));
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal DanVanUser admin, Model model) {
        return form(model, admin, UserForm.blank(), null, Map.of(), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal DanVanUser admin, @Valid @ModelAttribute("form") UserForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, admin, form.withoutPassword(), null, messages.fieldErrors(binding), null);
        }
        try {
            long id = users.create(form.details(), form.password(), form.forcesPasswordChange());
            redirect.addFlashAttribute("flashSuccess", messages.text("user.created", users.get(id, admin.scope()).username()));
            return "redirect:/admin/users/" + id;
        } catch (RuleViolation violation) {
            return form(model, admin, form.withoutPassword(), null, fieldOf(violation), messages.of(violation));
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id, Model model) {
        UserAccount account = users.get(id, admin.scope());
        model.addAttribute("account", account);
        model.addAttribute("organization", account.organizationId() == null ? null
                : organizations.find(account.organizationId()).orElse(null));
        model.addAttribute("self", account.id() == admin.id());
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute("history", audit.search(new AuditSearch(null, null, "user", String.valueOf(id)),
                new PageQuery(0, HISTORY_SIZE, null, true)));
        return "org/user";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id, Model model) {
        UserAccount account = users.get(id, admin.scope());
        return form(model, admin, UserForm.of(account), account, Map.of(), null);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id,
                  @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        UserAccount account = users.get(id, admin.scope());
        UserForm submitted = new UserForm(account.username(), form.fullName(), form.positionTitle(), form.email(),
                form.phone(), form.role(), form.organizationId(), null, null, form.version());
        if (binding.hasErrors()) {
            return form(model, admin, submitted, account, messages.fieldErrors(binding), null);
        }
        if (form.version() == null) {
            return form(model, admin, UserForm.of(account), account, Map.of(), messages.of(new ConcurrentChange()));
        }
        try {
            users.update(id, submitted.details(), form.version(), admin.scope(), admin.getUsername());
            redirect.addFlashAttribute("flashSuccess", messages.text("user.updated", account.username()));
            return "redirect:/admin/users/" + id;
        } catch (ConcurrentChange conflict) {
            // show what is saved now, so the administrator sees the other change before redoing theirs
            UserAccount current = users.get(id, admin.scope());
            return form(model, admin, UserForm.of(current), current, Map.of(), messages.of(conflict));
        } catch (RuleViolation violation) {
            return form(model, admin, submitted, account, fieldOf(violation), messages.of(violation));
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(admin, id, false, redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(admin, id, true, redirect);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal DanVanUser admin, @PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = users.get(id, admin.scope());
        String temporary = users.resetPassword(id, admin.scope());
        // shown once: a flash attribute lives for the next request only and is never stored
        redirect.addFlashAttribute("temporaryPassword", temporary);
        redirect.addFlashAttribute("flashSuccess", messages.text("user.passwordReset", account.username()));
        return "redirect:/admin/users/" + id;
    }

    private String setEnabled(DanVanUser admin, long id, boolean enabled, RedirectAttributes redirect) {
        UserAccount account = users.get(id, admin.scope());
        try {
            users.setEnabled(id, enabled, admin.scope(), admin.getUsername());
            redirect.addFlashAttribute("flashSuccess",
                    messages.text(enabled ? "user.enabledNow" : "user.disabledNow", account.username()));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", messages.of(violation));
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, DanVanUser admin, UserForm form, UserAccount account,
                        Map<String, String> errors, String formError) {
        List<Organization> choices = new ArrayList<>(organizations.currentInScope(admin.scope()));
        if (form.organizationId() != null && choices.stream().noneMatch(o -> o.id() == form.organizationId())) {
            // the account's organization has ceased: list it, so the form shows it and the rule explains why it cannot stay
            organizations.find(form.organizationId()).ifPresent(choices::add);
        }
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("editing", account != null);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError != null ? formError
                : errors.isEmpty() ? null : messages.text("form.checkFields"));
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", choices);
        model.addAttribute("minimumPasswordLength", passwordPolicy.minimumLength());
        return "org/user-form";
    }

    private static Map<String, String> fieldOf(RuleViolation violation) {
        String key = violation.messageKey();
        return FIELD_OF_RULE.entrySet().stream()
                .filter(e -> key.startsWith(e.getKey() + "."))
                .findFirst()
                .map(e -> Map.of(e.getValue(), ""))
                .orElse(Map.of());
    }

    private Map<Long, String> organizationNames(List<UserAccount> accounts) {
        Map<Long, String> names = new HashMap<>();
        accounts.stream().map(UserAccount::organizationId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> organizations.find(id).ifPresent(o -> names.put(id, o.name())));
        return names;
    }

    private String status(UserAccount account, OffsetDateTime now) {
        if (!account.enabled()) {
            return messages.text("user.status.disabled");
        }
        if (account.isLockedAt(now)) {
            return messages.text("user.status.lockedUntil", VietnameseFormat.dateTime(account.lockedUntil()));
        }
        return messages.text("user.status.active");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
