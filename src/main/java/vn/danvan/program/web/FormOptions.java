package vn.danvan.program.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;

/**
 * What the searchable pickers of the program forms offer: organizations in force within the coordinator's scope
 * (hundreds of them: only the matches of the typed words are sent) and documents of the registry.
 */
@Component
class FormOptions {

    static final int LIMIT = 30;

    private final Organizations organizations;
    private final DocumentRegistry documents;
    private final MessageSource messages;

    FormOptions(Organizations organizations, DocumentRegistry documents, MessageSource messages) {
        this.organizations = organizations;
        this.documents = documents;
        this.messages = messages;
    }

    /** One choice of a picker. */
    record Option(long id, String label) {
    }

    /** Organizations in force in scope matching the words (diacritics ignored), leaving out those already chosen. */
    List<Option> organizations(Scope scope, String words, Collection<Long> chosen) {
        return organizations.search(scope, OrganizationSearch.current(words), new PageQuery(0, LIMIT + chosen.size(), "", false))
                .items().stream().filter(o -> !chosen.contains(o.id())).limit(LIMIT)
                .map(o -> new Option(o.id(), o.name())).toList();
    }

    /** Names of chosen organizations, in the given order; a former one with the day it ended ("Tên (đến 30/06/2025)"). */
    Map<Long, String> organizationNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct()
                .forEach(id -> names.put(id, organizations.find(id).map(this::label).orElse("#" + id)));
        return names;
    }

    String organizationName(Long id) {
        return id == null ? null : organizationNames(List.of(id)).get(id);
    }

    private String label(Organization o) {
        return o.isCurrent() ? o.name() : messages.getMessage("organization.until",
                new Object[] {o.name(), vn.danvan.system.VietnameseFormat.date(o.validTo())}, LocaleContextHolder.getLocale());
    }

    List<Option> documents(String words, Collection<Long> chosen) {
        return documents.pick(words, LIMIT + chosen.size()).stream().filter(d -> !chosen.contains(d.id())).limit(LIMIT)
                .map(d -> new Option(d.id(), label(d))).toList();
    }

    /** Citations of chosen documents; ids no longer in the registry are left out. */
    Map<Long, String> documentLabels(Collection<Long> ids) {
        Map<Long, String> labels = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> {
            try {
                labels.put(id, label(documents.get(id)));
            } catch (NotFoundException e) {
                // an id typed into the request by hand: the form says it is unknown
            }
        });
        return labels;
    }

    String documentLabel(Long id) {
        return id == null ? null : documentLabels(List.of(id)).get(id);
    }

    boolean documentExists(Long id) {
        return id == null || documentLabel(id) != null;
    }

    static String label(Document d) {
        return d.shortCitation() + (d.issueDate() == null ? "" : " ngày " + vn.danvan.system.VietnameseFormat.date(d.issueDate()))
                + " — " + d.title();
    }
}
