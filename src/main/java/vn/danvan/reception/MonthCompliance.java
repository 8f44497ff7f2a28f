package vn.danvan.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a head kept the periodic reception obligation in one month, by the rule in force on the month's first day.
 *
 * <p>A monthly rule ("≥ 2 ngày/tháng") needs that many distinct days held in the month. A weekly rule ("≥ 1
 * ngày/tuần", the commune chairman until 30/6/2026) is judged week by week: a week (Monday–Sunday) belongs to the
 * month of its Thursday (ISO 8601), each week needs its days, and extra days in one week do not make up for a
 * missed week. From 1/7/2026 a day received by a deputy is not the head's (Luật 136/2025/QH15): when the rule does not
 * allow delegation such days are shown but not counted.
 *
 * @param planned          sessions planned in the month
 * @param held             distinct days held in the month (by anyone)
 * @param counted          days that count toward the rule
 * @param required         days the rule asks for in the month (0 without a rule)
 * @param byDeputy         days held in the month by a deputy that the rule does not accept
 */
public record MonthCompliance(YearMonth month, ReceptionRule rule, int planned, int held, int counted, int required,
                              int byDeputy, State state) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    public enum State {
        /** The month ended with the obligation met. */
        MET,
        /** The month ended without it. */
        NOT_MET,
        /** The month is running (or ahead): counted so far. */
        RUNNING,
        /** No rule in force for this head in the month. */
        NO_RULE
    }

    /**
     * @param sessions the head's periodic sessions, including the days next to the month (a week can straddle two)
     */
    public static MonthCompliance of(YearMonth month, ReceptionRule rule, Collection<ReceptionSession> sessions, LocalDate today) {
        int planned = (int) sessions.stream().filter(s -> YearMonth.from(s.plannedOn()).equals(month)).count();
        Set<LocalDate> heldDays = new TreeSet<>();
        Set<LocalDate> countedDays = new TreeSet<>();
        Set<LocalDate> deputyDays = new TreeSet<>();
        for (ReceptionSession session : sessions) {
            if (!session.held()) {
                continue;
            }
            boolean accepted = rule == null || rule.delegationAllowed() || !session.receivedByDeputy();
            if (YearMonth.from(session.heldOn()).equals(month)) {
                heldDays.add(session.heldOn());
                if (!accepted) {
                    deputyDays.add(session.heldOn());
                }
            }
            if (accepted) {
                countedDays.add(session.heldOn());
            }
        }
        deputyDays.removeAll(countedDays);
        if (rule == null) {
            return new MonthCompliance(month, null, planned, heldDays.size(), heldDays.size(), 0, 0, State.NO_RULE);
        }
        int required;
        int counted;
        if (rule.period() == ReceptionRule.Period.MONTH) {
            required = rule.minDays();
            counted = (int) countedDays.stream().filter(d -> YearMonth.from(d).equals(month)).count();
        } else {
            List<LocalDate> mondays = weeksOf(month);
            required = mondays.size() * rule.minDays();
            counted = 0;
            for (LocalDate monday : mondays) {
                LocalDate sunday = monday.plusDays(6);
                long inWeek = countedDays.stream().filter(d -> !d.isBefore(monday) && !d.isAfter(sunday)).count();
                counted += (int) Math.min(inWeek, rule.minDays());
            }
        }
        LocalDate lastDay = month.atEndOfMonth();
        State state = !today.isAfter(lastDay) ? State.RUNNING : counted >= required ? State.MET : State.NOT_MET;
        return new MonthCompliance(month, rule, planned, heldDays.size(), counted, required, deputyDays.size(), state);
    }

    /** The Mondays of the weeks whose Thursday falls in the month (ISO 8601 week-to-month attribution). */
    public static List<LocalDate> weeksOf(YearMonth month) {
        LocalDate firstThursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        List<LocalDate> mondays = new java.util.ArrayList<>();
        for (LocalDate thursday = firstThursday; YearMonth.from(thursday).equals(month); thursday = thursday.plusWeeks(1)) {
            mondays.add(thursday.minusDays(3));
        }
        return mondays;
    }

    /** "Chủ tịch UBND xã Tân Cương: tháng 08/2026 tổ chức 2/2 ngày tiếp định kỳ". */
    public String sentence(String head) {
        if (rule == null) {
            return head + ": tháng " + month.format(MONTH) + " tổ chức " + held + " ngày tiếp định kỳ";
        }
        return head + ": tháng " + month.format(MONTH) + " tổ chức " + counted + "/" + required + " ngày tiếp định kỳ";
    }

    public boolean met() {
        return state == State.MET;
    }
}
