package vn.danvan.petition;

import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/** Filters of the case list; {@code due}: "overdue" or "soon". */
public record CaseSearch(String text, CaseStatus status, MatterCategory category, MatterField field, Long unitId, String due,
                         boolean mine) {

    public static CaseSearch all() {
        return new CaseSearch(null, null, null, null, null, null, false);
    }
}
