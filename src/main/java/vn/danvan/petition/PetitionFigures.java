package vn.danvan.petition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one row of the statistics (a unit, a category, a field, a channel, or the total): counts defined
 * by {@link StatisticsFigure}, and the three rates the reports quote. Rates are percentages with two decimals,
 * rounded half up, and null when there is nothing to divide by (never a misleading 0% or 100%).
 */
public record PetitionFigures(long visits, long citizens, long crowdDelegations,
                              long received, long classified, long unclassified, long eligible, long accepted, long attached,
                              long transferred, long guided, long archived, long crowdPetitions,
                              long casesCarriedOver, long casesAccepted, long cases, long resolved, long resolvedOnTime,
                              long resolvedLate, long pending, long overdue, long satisfactionRated, long satisfied) {

    public static final PetitionFigures ZERO = of(Map.of());

    public static PetitionFigures of(Map<StatisticsFigure, Long> counts) {
        long[] v = new long[StatisticsFigure.values().length];
        counts.forEach((figure, count) -> v[figure.ordinal()] = count == null ? 0 : count);
        return new PetitionFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]);
    }

    public long get(StatisticsFigure figure) {
        return switch (figure) {
            case VISITS -> visits;
            case CITIZENS -> citizens;
            case CROWD_DELEGATIONS -> crowdDelegations;
            case RECEIVED -> received;
            case CLASSIFIED -> classified;
            case UNCLASSIFIED -> unclassified;
            case ELIGIBLE -> eligible;
            case ACCEPTED -> accepted;
            case ATTACHED -> attached;
            case TRANSFERRED -> transferred;
            case GUIDED -> guided;
            case ARCHIVED -> archived;
            case CROWD_PETITIONS -> crowdPetitions;
            case CASES_CARRIED_OVER -> casesCarriedOver;
            case CASES_ACCEPTED -> casesAccepted;
            case CASES -> cases;
            case RESOLVED -> resolved;
            case RESOLVED_ON_TIME -> resolvedOnTime;
            case RESOLVED_LATE -> resolvedLate;
            case PENDING -> pending;
            case OVERDUE -> overdue;
            case SATISFACTION_RATED -> satisfactionRated;
            case SATISFIED -> satisfied;
        };
    }

    public Map<StatisticsFigure, Long> asMap() {
        Map<StatisticsFigure, Long> map = new EnumMap<>(StatisticsFigure.class);
        for (StatisticsFigure figure : StatisticsFigure.values()) {
            map.put(figure, get(figure));
        }
        return map;
    }

    public PetitionFigures plus(PetitionFigures other) {
        Map<StatisticsFigure, Long> sum = asMap();
        other.asMap().forEach((figure, count) -> sum.merge(figure, count, Long::sum));
        return of(sum);
    }

    /** tỷ lệ giải quyết: resolved / cases to be resolved in the period. */
    public BigDecimal resolutionRate() {
        return rate(resolved, cases);
    }

    /** tỷ lệ giải quyết đúng hạn (QĐ 766/QĐ-TTg scores it): resolved on time / resolved. */
    public BigDecimal onTimeRate() {
        return rate(resolvedOnTime, resolved);
    }

    /** tỷ lệ hài lòng (QĐ 766/QĐ-TTg): satisfied / resolved cases whose satisfaction was recorded. */
    public BigDecimal satisfactionRate() {
        return rate(satisfied, satisfactionRated);
    }

    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    public boolean allZero() {
        return asMap().values().stream().allMatch(c -> c == 0);
    }
}
