package vn.danvan.petition;

/** A step of the procedure that has a legal time limit. Label key {@code rule.step.<name>}. */
public enum RuleStep {
    /** xử lý đơn: classification after receipt. */
    CLASSIFY,
    /** thụ lý: acceptance after receipt (complaints). */
    ACCEPT,
    /** giải quyết: resolution after acceptance. */
    RESOLVE,
    /** thời hạn khiếu nại lần hai after the first-instance decision. */
    FILE_SECOND,
    /** báo cáo khi quá hạn (Luật Tố cáo 2018, Art. 38). */
    REPORT_DEMAND
}
