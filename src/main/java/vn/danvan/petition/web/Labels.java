package vn.danvan.petition.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccounts;
import vn.danvan.system.RuleViolation;

/** Names for ids (organizations, units, users) and message texts, for the petition screens; {@code @petitionLabels} in templates. */
@Component("petitionLabels")
class Labels {

    private final MessageSource messages;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final UserAccounts users;
    private final Map<Long, String> userNames = new ConcurrentHashMap<>();

    Labels(MessageSource messages, Organizations organizations, AdministrativeMap map, UserAccounts users) {
        this.messages = messages;
        this.organizations = organizations;
        this.map = map;
        this.users = users;
    }

    public String organization(Long id) {
        return id == null ? "" : organizations.find(id).map(Organization::name).orElse("#" + id);
    }

    public String unit(Long id) {
        return id == null ? "" : map.find(id).map(AdministrativeUnit::name).orElse("#" + id);
    }

    public String user(Long id) {
        if (id == null) {
            return "";
        }
        return userNames.computeIfAbsent(id, key -> {
            try {
                return users.get(key, Scope.all()).fullName();
            } catch (RuntimeException e) {
                return "#" + key;
            }
        });
    }

    String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    String text(RuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }
}
