package vn.danvan.petition;

/** What can be done to a case; each allowed action is one row of the transition log. Label key {@code case.action.<name>}. */
public enum CaseAction {
    ACCEPT, ASSIGN, PLAN, DIALOGUE, CHANGE_VARIANT, SUSPEND, RESUME, EXTEND, CONCLUDE, NOTIFY, CLOSE, ATTACH_PETITION,
    DEMAND_REPORT, REPORT, RECOMPUTE, OPEN_SECOND_INSTANCE
}
