package vn.danvan.reception;

import java.time.LocalDate;
import java.util.Map;
import vn.danvan.system.VietnameseFormat;

/**
 * The reception figures of a period as the reports write them: visits (lượt), citizens (người), crowd delegations
 * (lượt đoàn đông người) and their people, sessions planned and held, with the same figures by category, field and
 * the unit in force where the matter arises (former units rolled up).
 */
public record ReceptionFigures(LocalDate from, LocalDate to, Long unitId, Counts total, Map<MatterCategory, Counts> byCategory,
                               Map<MatterField, Counts> byField, Map<Long, Counts> byUnit, Map<SessionKind, Sessions> sessionsByKind,
                               Sessions sessions) {

    /** Visits, their people, crowd delegations and their people. */
    public record Counts(long visits, long citizens, long crowdDelegations, long crowdCitizens) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(visits + other.visits, citizens + other.citizens, crowdDelegations + other.crowdDelegations,
                    crowdCitizens + other.crowdCitizens);
        }
    }

    /** Sessions planned in the period and held in it. */
    public record Sessions(long planned, long held) {

        public static final Sessions ZERO = new Sessions(0, 0);

        public Sessions plus(Sessions other) {
            return new Sessions(planned + other.planned, held + other.held);
        }
    }

    /** "tiếp 1.234 lượt với 2.345 người, 12 lượt đoàn đông người" (the seeds' phrasing). */
    public String sentence() {
        return "tiếp " + VietnameseFormat.number(total.visits()) + " lượt với " + VietnameseFormat.number(total.citizens()) + " người, "
                + VietnameseFormat.number(total.crowdDelegations()) + " lượt đoàn đông người";
    }
}
