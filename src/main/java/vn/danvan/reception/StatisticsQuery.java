package vn.danvan.reception;

import java.time.LocalDate;

/** What the reception figures are asked for: a period (both days included), optionally a unit with its subtree, a category, a field. */
public record StatisticsQuery(LocalDate from, LocalDate to, Long unitId, MatterCategory category, MatterField field) {
}
