package vn.danvan.reception;

import java.time.LocalDate;

/**
 * A band of a crowd delegation (đoàn đông người) and the representatives it chooses: 5 to 10 people choose 1 or 2,
 * more than 10 up to 5 (Luật Tiếp công dân 2013, Art. 7; Nghị định 64/2014/NĐ-CP). {@code maxPeople} null: no upper end.
 */
public record CrowdRule(long id, int minPeople, Integer maxPeople, int minRepresentatives, int maxRepresentatives,
                        LocalDate validFrom, LocalDate validTo, String source, int version) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean covers(int people) {
        return people >= minPeople && (maxPeople == null || people <= maxPeople);
    }

    /** "5–10 người", "từ 11 người". */
    public String band() {
        return maxPeople == null ? "từ " + minPeople + " người" : minPeople + "–" + maxPeople + " người";
    }
}
