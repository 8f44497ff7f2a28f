package vn.danvan.program;

import java.util.List;
import vn.danvan.org.Scope;

/**
 * Where a task came from, when another module created it: the conclusion of a conference or an inspection
 * ("Phát sinh từ: Hội nghị tổng kết …"). Those modules depend on this one, not the other way round, so they
 * contribute implementations and the task page lists what they answer.
 */
public interface TaskOrigins {

    /** The origins of a task, in the order to show them. */
    List<Origin> originsOf(long taskId, Scope scope);

    /**
     * One origin: its kind as a message key, a label, and where to open it — null when the caller may not open
     * it (outside their scope), so that the label is shown without a link that would answer 404.
     */
    record Origin(String kindKey, String label, String path) {
    }
}
