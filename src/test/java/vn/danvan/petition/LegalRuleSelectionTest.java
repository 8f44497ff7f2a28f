package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which row of the seeded rule table applies: the rule in force on the date that starts the period. */
class LegalRuleSelectionTest {

    private static final List<LegalRule> RULES = SeededRules.legalRules();

    @Test
    void everyRowHasALegalSourceAndTheSwitchOf1July2026IsSeamless() {
        assertThat(RULES).hasSizeGreaterThan(30).allSatisfy(r -> assertThat(r.legalSource()).isNotBlank());
        assertThat(RULES).filteredOn(r -> r.validTo() != null).allSatisfy(r -> assertThat(r.validTo()).isEqualTo(LocalDate.of(2026, 6, 30)));
        assertThat(RULES).filteredOn(r -> r.validFrom().equals(LocalDate.of(2026, 7, 1)))
                .allSatisfy(r -> assertThat(r.legalSource()).startsWith("Luật 136/2025/QH15"));
    }

    @Test
    void acceptedOn30June2026TheOldRule_on1July2026TheRuleOfLuat136_2025() {
        LegalRule before = LegalRuleSelection.select(RULES, "COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, LocalDate.of(2026, 6, 30)).orElseThrow();
        LegalRule after = LegalRuleSelection.select(RULES, "COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, LocalDate.of(2026, 7, 1)).orElseThrow();
        assertThat(before.suspensionExcluded()).isFalse();
        assertThat(before.legalSource()).startsWith("Luật Khiếu nại 2011");
        assertThat(after.suspensionExcluded()).isTrue();
        assertThat(after.legalSource()).startsWith("Luật 136/2025/QH15");
        assertThat(after.limitDays()).isEqualTo(before.limitDays());
    }

    @Test
    void aCategorySpecificRowWinsOverTheGeneralOne_LuatToCao2018Art24OverThongTu05_2021() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(LegalRuleSelection.select(RULES, "DENUNCIATION", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, day).orElseThrow().limitDays()).isEqualTo(7);
        assertThat(LegalRuleSelection.select(RULES, "COMPLAINT", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, day).orElseThrow().limitDays()).isEqualTo(10);
        assertThat(LegalRuleSelection.select(RULES, "FEEDBACK", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, day).orElseThrow().category()).isEqualTo("ANY");
    }

    @Test
    void aVariantTheStepDoesNotKnowTakesItsNormalRow() {
        LegalRule rule = LegalRuleSelection.select(RULES, "COMPLAINT", 0, RuleStep.CLASSIFY, RuleVariant.SEVERAL_PLACES, LocalDate.of(2026, 3, 2)).orElseThrow();
        assertThat(rule.variant()).isEqualTo(RuleVariant.NORMAL);
    }

    @Test
    void secondInstanceLimitsDifferFromFirst_LuatKhieuNai2011Art28And37() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        assertThat(LegalRuleSelection.select(RULES, "COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.REMOTE_COMPLEX, day).orElseThrow().limitDays()).isEqualTo(60);
        assertThat(LegalRuleSelection.select(RULES, "COMPLAINT", 2, RuleStep.RESOLVE, RuleVariant.REMOTE_COMPLEX, day).orElseThrow().limitDays()).isEqualTo(70);
    }

    @Test
    void noRuleBeforeTheLawWasInForce() {
        assertThat(LegalRuleSelection.select(RULES, "DENUNCIATION", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, LocalDate.of(2018, 12, 31))).isEmpty();
    }
}
