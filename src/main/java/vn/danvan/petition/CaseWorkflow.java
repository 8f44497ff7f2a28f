package vn.danvan.petition;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danvan.system.RuleViolation;

/**
 * Which actions a case allows in which state, and where they lead. Pure, so that the allowed and the refused
 * transitions are unit-tested; the service checks here before changing anything.
 */
public final class CaseWorkflow {

    private static final Set<CaseStatus> WORKING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.VERIFYING);
    private static final Map<CaseAction, Set<CaseStatus>> ALLOWED_FROM = Map.ofEntries(
            Map.entry(CaseAction.ASSIGN, WORKING),
            Map.entry(CaseAction.PLAN, WORKING),
            Map.entry(CaseAction.DIALOGUE, WORKING),
            Map.entry(CaseAction.CHANGE_VARIANT, EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.VERIFYING, CaseStatus.SUSPENDED)),
            Map.entry(CaseAction.SUSPEND, WORKING),
            Map.entry(CaseAction.RESUME, EnumSet.of(CaseStatus.SUSPENDED)),
            Map.entry(CaseAction.EXTEND, WORKING),
            Map.entry(CaseAction.CONCLUDE, WORKING),
            Map.entry(CaseAction.NOTIFY, EnumSet.of(CaseStatus.CONCLUDED)),
            Map.entry(CaseAction.CLOSE, EnumSet.of(CaseStatus.NOTIFIED)),
            Map.entry(CaseAction.ATTACH_PETITION, EnumSet.allOf(CaseStatus.class)),
            Map.entry(CaseAction.DEMAND_REPORT, EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.VERIFYING, CaseStatus.SUSPENDED)),
            Map.entry(CaseAction.REPORT, EnumSet.allOf(CaseStatus.class)),
            Map.entry(CaseAction.RECOMPUTE, EnumSet.allOf(CaseStatus.class)),
            Map.entry(CaseAction.OPEN_SECOND_INSTANCE, EnumSet.of(CaseStatus.NOTIFIED, CaseStatus.CLOSED)));

    private CaseWorkflow() {
    }

    public static boolean allows(CaseStatus from, CaseAction action) {
        return ALLOWED_FROM.getOrDefault(action, Set.of()).contains(from);
    }

    /**
     * The state after the action; refused with a Vietnamese message when the state does not allow it.
     *
     * @param beforeSuspension where a resumed case returns to
     */
    public static CaseStatus next(CaseStatus from, CaseAction action, CaseStatus beforeSuspension) {
        if (!allows(from, action)) {
            throw new RuleViolation("case.transition.refused", new DefaultMessageSourceResolvable("case.action." + action.name()),
                    new DefaultMessageSourceResolvable("case.status." + from.name()));
        }
        return switch (action) {
            case ASSIGN, PLAN, DIALOGUE -> CaseStatus.VERIFYING;
            case SUSPEND -> CaseStatus.SUSPENDED;
            case RESUME -> beforeSuspension == null ? CaseStatus.VERIFYING : beforeSuspension;
            case CONCLUDE -> CaseStatus.CONCLUDED;
            case NOTIFY -> CaseStatus.NOTIFIED;
            case CLOSE -> CaseStatus.CLOSED;
            default -> from;
        };
    }
}
