package vn.danvan.activity.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.activity.Activities;
import vn.danvan.org.Scope;
import vn.danvan.program.TaskOrigins;
import vn.danvan.system.VietnameseFormat;

/** "Phát sinh từ: kết luận số 2, Hội nghị tổng kết … (18/01/2024)" on the page of a task created from a conclusion. */
@Component
class ActivityTaskOrigins implements TaskOrigins {

    private final Activities activities;
    private final MessageSource messages;

    ActivityTaskOrigins(Activities activities, MessageSource messages) {
        this.activities = activities;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Origin> originsOf(long taskId, Scope scope) {
        return activities.originOf(taskId).map(origin -> {
            var activity = origin.activity();
            String label = messages.getMessage("activity.origin.label", new Object[] {activity.title(),
                    VietnameseFormat.date(activity.heldOn()), String.valueOf(origin.conclusionOrdinal())}, LocaleContextHolder.getLocale());
            // a commune leading the task may not be allowed to open a province conference: name it without a link
            String path = activities.visible(activity, scope) ? "/activities/" + activity.id() : null;
            return List.of(new Origin("activity.kind." + activity.kind(), label, path));
        }).orElse(List.of());
    }
}
