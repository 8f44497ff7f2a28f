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
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/** The administrative-unit browser. */
@Controller
class UnitController {

    private final AdministrativeMap map;
    private final Organizations organizations;
    private final MessageSource messages;

    UnitController(AdministrativeMap map, Organizations organizations, MessageSource messages) {
        this.map = map;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/units")
    String list(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) UnitLevel level,
                @RequestParam(defaultValue = "false") boolean former,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<AdministrativeUnit> units = map.search(user.scope(), new UnitSearch(q, level, null, former),
                PageQuery.of(page, 25, sort, dir));
        model.addAttribute("units", units);
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("former", former);
        model.addAttribute("levels", UnitLevel.values());
        return htmx != null ? "org/units :: results" : "org/units";
    }

    @GetMapping("/units/{id}")
    String detail(@AuthenticationPrincipal DanVanUser user, @PathVariable long id, Model model) {
        AdministrativeUnit unit = map.get(id, user.scope());
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", map.ancestors(unit));
        model.addAttribute("children", map.children(id, user.scope()));
        model.addAttribute("successions", map.successions(id));
        model.addAttribute("covering", unit.isCurrent() ? null : map.coveringUnit(id));
        model.addAttribute("organizations", organizations.search(user.scope(),
                new OrganizationSearch(null, null, id, false), PageQuery.of(0, 50, "name", "asc")));
        return "org/unit";
    }

    @GetMapping("/units/export.xlsx")
    void export(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) UnitLevel level,
                @RequestParam(defaultValue = "false") boolean former,
                HttpServletResponse response) throws IOException {
        Paged<AdministrativeUnit> units = map.search(user.scope(), new UnitSearch(q, level, null, former),
                new PageQuery(0, 5000, "code", false));
        XlsxExport.write(response, "don-vi-hanh-chinh.xlsx", "Đơn vị hành chính",
                List.of(text("unit.code"), text("unit.name"), text("unit.level"), text("unit.validFrom"), text("unit.validTo")),
                units.items(), unit -> List.of(unit.code(), unit.name(), text("unit.kind." + unit.kind()),
                        VietnameseFormat.date(unit.validFrom()), VietnameseFormat.date(unit.validTo())));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
