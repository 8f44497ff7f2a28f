package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.system.RuleViolation;

/**
 * Crowd delegations (Luật Tiếp công dân 2013, Art. 7; Nghị định 64/2014/NĐ-CP): 5 or more people on one matter;
 * 5–10 people choose 1 or 2 representatives, more than 10 up to 5. The rows are those seeded in V45.
 */
class CrowdDelegationTest {

    private static final LocalDate FROM = LocalDate.of(2014, 7, 1);
    static final List<CrowdRule> RULES = List.of(
            new CrowdRule(1, 5, 10, 1, 2, FROM, null, "Luật Tiếp công dân 2013, Điều 7", 0),
            new CrowdRule(2, 11, null, 1, 5, FROM, null, "Luật Tiếp công dân 2013, Điều 7", 0));

    private final CrowdDelegation rules = CrowdDelegation.on(LocalDate.of(2026, 8, 6), RULES);

    @ParameterizedTest
    @CsvSource({"1,false", "4,false", "5,true", "10,true", "11,true", "400,true"})
    void fiveOrMorePeopleOnOneMatterAreACrowdDelegation(int people, boolean crowd) {
        assertThat(rules.isCrowd(people)).isEqualTo(crowd);
    }

    @ParameterizedTest
    @CsvSource({"5,1", "5,2", "10,2", "11,1", "11,5", "40,3"})
    void aCrowdWithinItsBandOfRepresentativesIsAccepted(int people, int representatives) {
        assertThatCode(() -> rules.checkRepresentatives(people, representatives)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"5,0,1,2", "7,3,1,2", "10,3,1,2", "11,6,1,5", "30,0,1,5"})
    void aCrowdOutsideItsBandIsRefusedNamingTheBandAndTheSource(int people, int representatives, int min, int max) {
        assertThatThrownBy(() -> rules.checkRepresentatives(people, representatives))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("reception.crowd.representatives");
                    assertThat(v.arguments()).containsExactly(people, min, max, representatives, "Luật Tiếp công dân 2013, Điều 7");
                });
    }

    @Test
    void fewerThanFivePeopleMarkNoRepresentative() {
        assertThatCode(() -> rules.checkRepresentatives(3, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkRepresentatives(3, 1)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("reception.crowd.notCrowd"));
    }

    @Test
    void onlyTheRulesInForceOnTheDayOfTheVisitApply() {
        List<CrowdRule> changed = List.of(
                new CrowdRule(1, 5, null, 1, 5, FROM, LocalDate.of(2026, 6, 30), "cũ", 0),
                new CrowdRule(2, 6, null, 1, 3, LocalDate.of(2026, 7, 1), null, "mới", 0));
        assertThat(CrowdDelegation.on(LocalDate.of(2026, 6, 30), changed).isCrowd(5)).isTrue();
        assertThat(CrowdDelegation.on(LocalDate.of(2026, 7, 1), changed).isCrowd(5)).isFalse();
        assertThat(CrowdDelegation.on(LocalDate.of(2014, 6, 30), changed).isCrowd(100)).isFalse();
    }
}
