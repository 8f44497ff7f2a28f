package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * While in force on the day of a visit, every citizen recorded on it must give their personal identification number
 * (số định danh cá nhân, on the CCCD): from 1/7/2026 visitors must identify themselves (Luật 136/2025/QH15). Kept as
 * data so that the dates and the source can follow the official text and the Government's decree.
 */
public record IdentificationRule(long id, LocalDate validFrom, LocalDate validTo, String source, int version) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public static Optional<IdentificationRule> inForce(List<IdentificationRule> rules, LocalDate day) {
        return rules.stream().filter(r -> r.inForceOn(day)).findFirst();
    }
}
