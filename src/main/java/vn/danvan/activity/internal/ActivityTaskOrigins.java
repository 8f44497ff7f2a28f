package vn.danvan.activity.internal;

import java.util.List;
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

    ActivityTaskOrigins(Activities activities) {
        this.activities = activities;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Origin> originsOf(long taskId, Scope scope) {
        return activities.originOf(taskId).map(origin -> {
            var activity = origin.activity();
            String label = activity.title() + " (" + VietnameseFormat.date(activity.heldOn()) + "), kết luận số "
                    + origin.conclusionOrdinal();
            // a commune leading the task may not be allowed to open a province conference: name it without a link
            String path = activities.visible(activity, scope) ? "/activities/" + activity.id() : null;
            return List.of(new Origin("activity.kind." + activity.kind(), label, path));
        }).orElse(List.of());
    }
}
