package vn.danvan.org.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.org.UserAccounts;

/** The home dashboard: what the signed-in person's scope holds. */
@Controller
class HomeController {

    private final AdministrativeMap map;
    private final Organizations organizations;
    private final UserAccounts users;

    HomeController(AdministrativeMap map, Organizations organizations, UserAccounts users) {
        this.map = map;
        this.organizations = organizations;
        this.users = users;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal DanVanUser user, Model model) {
        model.addAttribute("unitCount", map.countInScope(user.scope()));
        model.addAttribute("organizationCount", organizations.countInScope(user.scope()));
        model.addAttribute("userCount", users.countInScope(user.scope()));
        model.addAttribute("organization", user.organizationId() == null ? null
                : organizations.find(user.organizationId()).orElse(null));
        model.addAttribute("role", user.role());
        return "org/home";
    }
}
