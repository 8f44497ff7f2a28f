package vn.danvan.activity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.activity.Activity;
import vn.danvan.activity.Official;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.program.TaskDeadline;
import vn.danvan.system.VietnameseFormat;

/**
 * Names and labels of the screens: organizations (a former body with "nay là: …"), the days of an event
 * ("14/05/2024 – 16/05/2024"), an official as the reports write them, a task's deadline as its plan writes it.
 */
@Component
class ActivityNames {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final Organizations organizations;
    private final MessageSource messages;

    ActivityNames(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    /** A cache for one request, so that a list names each organization once. */
    Map<Long, String> cache() {
        return new ConcurrentHashMap<>();
    }

    String name(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, this::name);
    }

    String name(long id) {
        return organizations.find(id).map(Organization::name).orElse("#" + id);
    }

    /** "Ban Dân vận Tỉnh ủy Thái Nguyên (nay là: Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên)" for a former body. */
    String nameWithSuccessor(long id) {
        Organization organization = organizations.find(id).orElse(null);
        if (organization == null) {
            return "#" + id;
        }
        if (organization.isCurrent()) {
            return organization.name();
        }
        String now = organizations.currentResponsible(id).stream().filter(Organization::isCurrent).map(Organization::name)
                .collect(Collectors.joining("; "));
        return now.isEmpty() ? organization.name() : text("activity.organization.nowCarriedBy", organization.name(), now);
    }

    String days(Activity activity) {
        return activity.endsOn() == null || activity.endsOn().equals(activity.heldOn()) ? VietnameseFormat.date(activity.heldOn())
                : VietnameseFormat.date(activity.heldOn()) + " – " + VietnameseFormat.date(activity.endsOn());
    }

    /** "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh" (and the body when it is named apart). */
    String organizationOf(Official official) {
        if (official.organizationName() != null && !official.organizationName().isBlank()) {
            return official.organizationName();
        }
        return official.organizationId() == null ? "" : name(official.organizationId());
    }

    List<String> participants(Map<Long, String> cache, Activity activity) {
        return activity.participantIds().stream().map(id -> name(cache, id)).toList();
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
