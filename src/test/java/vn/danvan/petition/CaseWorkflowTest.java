package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danvan.system.RuleViolation;

/** Allowed and refused transitions of a case. */
class CaseWorkflowTest {

    @Test
    void theOrdinaryPathRunsFromAcceptanceToClosure() {
        CaseStatus s = CaseStatus.ACCEPTED;
        s = CaseWorkflow.next(s, CaseAction.ASSIGN, null);
        assertThat(s).isEqualTo(CaseStatus.VERIFYING);
        s = CaseWorkflow.next(s, CaseAction.SUSPEND, null);
        assertThat(s).isEqualTo(CaseStatus.SUSPENDED);
        s = CaseWorkflow.next(s, CaseAction.RESUME, CaseStatus.VERIFYING);
        assertThat(s).isEqualTo(CaseStatus.VERIFYING);
        s = CaseWorkflow.next(s, CaseAction.CONCLUDE, null);
        s = CaseWorkflow.next(s, CaseAction.NOTIFY, null);
        s = CaseWorkflow.next(s, CaseAction.CLOSE, null);
        assertThat(s).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aSuspendedCaseCannotBeConcludedOrExtended() {
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.SUSPENDED, CaseAction.CONCLUDE, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.SUSPENDED, CaseAction.EXTEND, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void nothingIsNotifiedBeforeTheConclusionAndNothingClosedBeforeTheNotice() {
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.VERIFYING, CaseAction.NOTIFY, null))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("case.transition.refused");
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.CONCLUDED, CaseAction.CLOSE, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.CLOSED, CaseAction.CONCLUDE, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSecondInstanceOpensOnlyAfterTheFirstWasNotified_LuatKhieuNai2011Art33() {
        assertThat(CaseWorkflow.allows(CaseStatus.VERIFYING, CaseAction.OPEN_SECOND_INSTANCE)).isFalse();
        assertThat(CaseWorkflow.allows(CaseStatus.NOTIFIED, CaseAction.OPEN_SECOND_INSTANCE)).isTrue();
    }
}
