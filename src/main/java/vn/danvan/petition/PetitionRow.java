package vn.danvan.petition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A petition in a list: the first petitioner's name (or the protected label), and the due date of the step that
 * runs — classification before acceptance, the case's resolution after.
 */
public record PetitionRow(Petition petition, String petitionerName, CaseStatus caseStatus, LocalDate runningDue) {

    public Integer remainingDays(LocalDate today) {
        return runningDue == null ? null : (int) ChronoUnit.DAYS.between(today, runningDue);
    }

    public boolean overdueOn(LocalDate today) {
        return runningDue != null && today.isAfter(runningDue);
    }

    public boolean dueSoonOn(LocalDate today) {
        Integer remaining = remainingDays(today);
        return remaining != null && remaining >= 0 && remaining <= Cases.DUE_SOON_DAYS;
    }

    /** Never a protected name: the list, its export and every report show the label instead. */
    public String petitionerDisplay() {
        if (petition.protectedIdentity()) {
            return Petitioner.PROTECTED_LABEL;
        }
        String name = petitionerName == null || petitionerName.isBlank() ? "(không ghi tên)" : petitionerName;
        return petition.petitionerCount() > 1 ? name + " và " + (petition.petitionerCount() - 1) + " người khác" : name;
    }
}
