package vn.danvan.reception.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.system.RuleViolation;

/** Names of organizations and units and message texts for the reception screens, looked up once per request. */
@Component
@RequestScope
public class ReceptionLabels {

    private final Organizations organizations;
    private final AdministrativeMap map;
    private final MessageSource messages;
    private final Map<Long, String> organizationNames = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();

    ReceptionLabels(Organizations organizations, AdministrativeMap map, MessageSource messages) {
        this.organizations = organizations;
        this.map = map;
        this.messages = messages;
    }

    public String organization(Long id) {
        if (id == null) {
            return "";
        }
        return organizationNames.computeIfAbsent(id, k -> organizations.find(k).map(Organization::name).orElse("#" + k));
    }

    /** "Xã Tân Cương", or for a former unit "Xã Thịnh Đức (nay thuộc Xã Tân Cương)". */
    public String unit(Long id) {
        if (id == null) {
            return "";
        }
        return unitNames.computeIfAbsent(id, k -> map.find(k).map(this::unitName).orElse("#" + k));
    }

    private String unitName(AdministrativeUnit unit) {
        if (unit.isCurrent()) {
            return unit.name();
        }
        AdministrativeUnit covering = map.coveringUnit(unit.id());
        return covering == null || covering.id() == unit.id() ? unit.name() : text("reception.unit.former", unit.name(), covering.name());
    }

    /** The citizens as lists show them; a denouncer is never named here. */
    public String citizens(vn.danvan.reception.Visit visit) {
        return visit.protectedIdentity() ? text("reception.citizen.protected") : vn.danvan.reception.Receptions.citizensLabel(visit);
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** A label whose key another module may own (matter.category.*): falls back to the enum name. */
    public String label(String key, String fallback) {
        return messages.getMessage(key, null, Objects.requireNonNullElse(fallback, key), LocaleContextHolder.getLocale());
    }

    public String text(RuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }
}
