package vn.danvan.petition;

/**
 * The figures of the petition statistics, each defined once (its SQL condition lives in
 * {@code StatisticsRepository}, the same text for the aggregate and for the list behind the figure), so that every
 * figure reconciles with the records it counts. Label key {@code petition.stats.figure.<name>}.
 *
 * <p>Petition figures count petitions received in the period (received_on between its first and last day).
 * Case figures count the cases to be resolved in the period: accepted (thụ lý) on or before its last day and not
 * concluded before its first day. "Pending" and "overdue" are judged on the period's last day, or today while the
 * period runs ({@link StatisticsPeriod#asOf}).
 */
public enum StatisticsFigure {
    /** lượt tiếp công dân: visits received in the period (reception module). */
    VISITS(Source.RECEPTION),
    /** người được tiếp: the people of those visits. */
    CITIZENS(Source.RECEPTION),
    /** lượt đoàn đông người: visits of five or more people on one matter (Luật Tiếp công dân 2013, Art. 7). */
    CROWD_DELEGATIONS(Source.RECEPTION),

    /** đơn tiếp nhận: every petition received in the period, whatever became of it. */
    RECEIVED(Source.PETITION),
    /** đơn đã xử lý: classified (any outcome). */
    CLASSIFIED(Source.PETITION),
    /** đơn chưa xử lý: still waiting for classification. */
    UNCLASSIFIED(Source.PETITION),
    /** đơn đủ điều kiện xử lý: classified and not archived (accepted, attached to an existing case, transferred, guided). */
    ELIGIBLE(Source.PETITION),
    /** đơn thụ lý: accepted, a case was opened on it. */
    ACCEPTED(Source.PETITION),
    /** đơn trùng, gộp vào vụ việc đã có. */
    ATTACHED(Source.PETITION),
    /** chuyển đơn đến cơ quan có thẩm quyền. */
    TRANSFERRED(Source.PETITION),
    /** hướng dẫn công dân. */
    GUIDED(Source.PETITION),
    /** lưu đơn: not eligible (anonymous, missing content, already resolved, out of time…). */
    ARCHIVED(Source.PETITION),
    /** đơn đông người. */
    CROWD_PETITIONS(Source.PETITION),

    /** vụ việc kỳ trước chuyển sang: accepted before the period, not concluded before it began. */
    CASES_CARRIED_OVER(Source.CASE),
    /** vụ việc thụ lý trong kỳ: accepted in the period. */
    CASES_ACCEPTED(Source.CASE),
    /** vụ việc phải giải quyết: carried over plus accepted in the period. */
    CASES(Source.CASE),
    /** đã giải quyết: conclusion or resolution decision dated in the period. */
    RESOLVED(Source.CASE),
    /** giải quyết đúng hạn: concluded on or before the due date (or with no legal limit running). */
    RESOLVED_ON_TIME(Source.CASE),
    /** giải quyết quá hạn: concluded after the due date. */
    RESOLVED_LATE(Source.CASE),
    /** đang giải quyết: not concluded on the as-of day. */
    PENDING(Source.CASE),
    /** quá hạn: pending, not suspended, and its due date before the as-of day. */
    OVERDUE(Source.CASE),
    /** resolved in the period with the citizen's satisfaction recorded. */
    SATISFACTION_RATED(Source.CASE),
    /** of those, satisfied (hài lòng). */
    SATISFIED(Source.CASE);

    public enum Source { RECEPTION, PETITION, CASE }

    private final Source source;

    StatisticsFigure(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    public String messageKey() {
        return "petition.stats.figure." + name();
    }

    /** A figure by its name in a URL, case-insensitive; null when unknown. */
    public static StatisticsFigure parse(String name) {
        if (name == null) {
            return null;
        }
        for (StatisticsFigure figure : values()) {
            if (figure.name().equalsIgnoreCase(name.strip())) {
                return figure;
            }
        }
        return null;
    }
}
