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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.org.PasswordPolicy;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;

/** The signed-in person's own account: their profile and their password. */
@Controller
class AccountController {

    private final UserAccounts users;
    private final Organizations organizations;
    private final PasswordPolicy passwordPolicy;
    private final FormMessages messages;

    AccountController(UserAccounts users, Organizations organizations, PasswordPolicy passwordPolicy, FormMessages messages) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        this.messages = messages;
    }

    @GetMapping("/account")
    String profile(@AuthenticationPrincipal DanVanUser user, Model model) {
        UserAccount account = users.findByUsername(user.getUsername())
                .orElseThrow(() -> new NotFoundException("user.notFound"));
        model.addAttribute("account", account);
        model.addAttribute("organization", account.organizationId() == null ? null
                : organizations.find(account.organizationId()).orElse(null));
        model.addAttribute("scope", user.scope());
        return "org/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal DanVanUser user,
                        @RequestParam(required = false) String required, Model model) {
        return passwordPage(model, user, required != null, Map.of(), null);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal DanVanUser user,
                          @Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return passwordPage(model, user, user.mustChangePassword(), messages.fieldErrors(binding),
                    messages.text("form.checkFields"));
        }
        if (!form.confirmed()) {
            String mismatch = messages.text("account.password.mismatch");
            return passwordPage(model, user, user.mustChangePassword(), Map.of("confirmPassword", mismatch), mismatch);
        }
        try {
            users.changeOwnPassword(user.getUsername(), form.currentPassword(), form.newPassword());
        } catch (RuleViolation violation) {
            String field = violation.messageKey().equals("user.password.currentWrong") ? "currentPassword" : "newPassword";
            return passwordPage(model, user, user.mustChangePassword(), Map.of(field, ""), messages.of(violation));
        }
        boolean wasRequired = user.mustChangePassword();
        user.passwordChanged();
        redirect.addFlashAttribute("flashSuccess", messages.text("account.password.changed"));
        return wasRequired ? "redirect:/" : "redirect:/account";
    }

    private String passwordPage(Model model, DanVanUser user, boolean required, Map<String, String> errors, String formError) {
        model.addAttribute("required", required || user.mustChangePassword());
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("minimumPasswordLength", passwordPolicy.minimumLength());
        return "org/password";
    }
}
