package vn.danvan.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.Sector;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/** The organization browser. */
@Controller
class OrganizationController {

    private final Organizations organizations;
    private final AdministrativeMap map;
    private final MessageSource messages;

    OrganizationController(Organizations organizations, AdministrativeMap map, MessageSource messages) {
        this.organizations = organizations;
        this.map = map;
        this.messages = messages;
    }

    @GetMapping("/organizations")
    String list(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) Sector sector,
                @RequestParam(defaultValue = "false") boolean former,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<Organization> found = organizations.search(user.scope(), new OrganizationSearch(q, sector, null, former),
                PageQuery.of(page, 25, sort, dir));
        model.addAttribute("organizations", found);
        model.addAttribute("unitNames", unitNames(found.items()));
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute("former", former);
        model.addAttribute("sectors", Sector.values());
        return htmx != null ? "org/organizations :: results" : "org/organizations";
    }

    @GetMapping("/organizations/{id}")
    String detail(@AuthenticationPrincipal DanVanUser user, @PathVariable long id, Model model) {
        Organization organization = organizations.get(id, user.scope());
        model.addAttribute("organization", organization);
        model.addAttribute("unit", map.find(organization.unitId()).orElseThrow());
        model.addAttribute("parent", organization.parentId() == null ? null
                : organizations.find(organization.parentId()).filter(p -> organizations.covers(user.scope(), p)).orElse(null));
        model.addAttribute("children", organizations.children(id, user.scope()));
        model.addAttribute("successions", organizations.successions(id));
        model.addAttribute("responsible", organization.isCurrent() ? List.of() : organizations.currentResponsible(id));
        return "org/organization";
    }

    @GetMapping("/organizations/export.xlsx")
    void export(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) Sector sector,
                @RequestParam(defaultValue = "false") boolean former,
                HttpServletResponse response) throws IOException {
        Paged<Organization> found = organizations.search(user.scope(), new OrganizationSearch(q, sector, null, former),
                new PageQuery(0, 5000, "name", false));
        java.util.Map<Long, String> units = unitNames(found.items());
        XlsxExport.write(response, "co-quan-don-vi.xlsx", "Cơ quan, đơn vị",
                List.of(text("organization.code"), text("organization.name"), text("organization.sector"),
                        text("organization.unit"), text("organization.validFrom"), text("organization.validTo")),
                found.items(), o -> List.of(o.code() == null ? "" : o.code(), o.name(), text("sector." + o.sector()),
                        units.get(o.unitId()), VietnameseFormat.date(o.validFrom()), VietnameseFormat.date(o.validTo())));
    }

    private java.util.Map<Long, String> unitNames(List<Organization> items) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        items.forEach(o -> names.computeIfAbsent(o.unitId(), id -> map.find(id).map(u -> u.name()).orElse("")));
        return names;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
