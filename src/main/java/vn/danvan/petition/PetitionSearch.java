package vn.danvan.petition;

import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/**
 * Filters of the petition list. {@code due}: "overdue" or "soon" (the running step: classification before
 * acceptance, the case's resolution after).
 */
public record PetitionSearch(String text, PetitionStatus status, MatterCategory category, MatterField field, Channel channel,
                             Long unitId, String due) {

    public static PetitionSearch all() {
        return new PetitionSearch(null, null, null, null, null, null, null);
    }
}
