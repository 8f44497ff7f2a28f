package vn.danvan.reception;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.danvan.system.RuleViolation;

/**
 * Whether a visit is a crowd delegation and whether it chose the right number of representatives, by the crowd
 * rules in force on the day of the visit (rows of {@code reception_crowd_rule}). Pure: tested without a database.
 */
public final class CrowdDelegation {

    private final List<CrowdRule> rules;

    /** @param rules the crowd rules in force on the visit's day */
    public CrowdDelegation(List<CrowdRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(CrowdRule::minPeople)).toList();
    }

    public static CrowdDelegation on(LocalDate day, List<CrowdRule> allRules) {
        return new CrowdDelegation(allRules.stream().filter(r -> r.inForceOn(day)).toList());
    }

    /** The smallest crowd in force (5), or 0 when no rule is in force. */
    public int threshold() {
        return rules.isEmpty() ? 0 : rules.get(0).minPeople();
    }

    /** Five or more people on one matter (Luật Tiếp công dân 2013, Art. 7). */
    public boolean isCrowd(int people) {
        return !rules.isEmpty() && people >= threshold();
    }

    public Optional<CrowdRule> bandOf(int people) {
        return rules.stream().filter(r -> r.covers(people)).findFirst();
    }

    /**
     * Refuses a crowd delegation whose number of representatives lies outside its band, with a Vietnamese sentence
     * naming the band and its source; a visit of fewer people may mark none.
     */
    public void checkRepresentatives(int people, int representatives) {
        if (!isCrowd(people)) {
            if (representatives > 0) {
                throw new RuleViolation("reception.crowd.notCrowd", people, threshold());
            }
            return;
        }
        CrowdRule band = bandOf(people).orElseThrow(() -> new RuleViolation("reception.crowd.noBand", people));
        if (representatives < band.minRepresentatives() || representatives > band.maxRepresentatives()) {
            throw new RuleViolation("reception.crowd.representatives", people, band.minRepresentatives(),
                    band.maxRepresentatives(), representatives, band.source());
        }
    }
}
