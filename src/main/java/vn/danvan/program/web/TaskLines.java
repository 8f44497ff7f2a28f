package vn.danvan.program.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.program.TaskDeadline;
import vn.danvan.program.TaskRow;
import vn.danvan.system.VietnameseFormat;

/** Turns task rows into lines with names and Vietnamese deadline labels ("Quý II/2024", "Thường xuyên (hằng quý)"). */
@Component
class TaskLines {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final Organizations organizations;
    private final MessageSource messages;

    TaskLines(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    List<TaskLine> of(Collection<TaskRow> rows) {
        return of(rows, new HashMap<>());
    }

    /** Lines named from (and adding to) the names already known, such as those of {@link #names(Scope)}. */
    List<TaskLine> of(Collection<TaskRow> rows, Map<Long, String> names) {
        return rows.stream().map(r -> new TaskLine(r, name(names, r.task().leadOrganizationId()),
                r.task().coordinatorIds().stream().map(id -> name(names, id)).toList(), deadline(r.task().deadline()))).toList();
    }

    TaskLine of(TaskRow row) {
        return of(List.of(row)).get(0);
    }

    String name(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> organizations.find(k).map(Organization::name).orElse("#" + k));
    }

    /**
     * The names of the organizations in the scope, former ones included, read at once: a plan's screens name hundreds
     * of organizations, which one query each would make slow. Others (outside the scope) are read when met.
     */
    Map<Long, String> names(Scope scope) {
        Map<Long, String> names = new HashMap<>();
        organizations.allInScope(scope).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /**
     * What a filter offers for the organizations in the scope: the name, and for a dissolved or merged body the day it
     * ended ("Tên (đến 30/06/2025)"), as the reception lists do.
     */
    Map<Long, String> labels(Scope scope) {
        Map<Long, String> labels = new HashMap<>();
        organizations.allInScope(scope).forEach(o -> labels.put(o.id(), label(o)));
        return labels;
    }

    String label(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> organizations.find(k).map(this::label).orElse("#" + k));
    }

    private String label(Organization organization) {
        return organization.isCurrent() ? organization.name()
                : text("organization.until", organization.name(), VietnameseFormat.date(organization.validTo()));
    }

    String name(long id) {
        return organizations.find(id).map(Organization::name).orElse("#" + id);
    }

    String deadline(TaskDeadline d) {
        int year = d.dueDate().getYear();
        return switch (d.kind()) {
            case DATE -> VietnameseFormat.date(d.dueDate());
            case QUARTER -> text("task.deadline.QUARTER", ROMAN[d.period()], String.valueOf(year));
            case HALF_YEAR -> text("task.deadline.HALF_YEAR." + d.period(), String.valueOf(year));
            case YEAR -> text("task.deadline.YEAR", String.valueOf(year));
            case RECURRING -> text("task.deadline.RECURRING." + d.recurringPeriod());
        };
    }

    String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
