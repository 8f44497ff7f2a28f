package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.system.VietnameseFormat;

/** The rates the reports quote (QĐ 766/QĐ-TTg scores the on-time and satisfaction rates). */
class PetitionFiguresTest {

    @Test
    void theOnTimeRateIsOnTimeOverResolvedRoundedHalfUpToTwoDecimals() {
        PetitionFigures f = PetitionFigures.of(Map.of(StatisticsFigure.RESOLVED, 120L, StatisticsFigure.RESOLVED_ON_TIME, 101L,
                StatisticsFigure.RESOLVED_LATE, 19L, StatisticsFigure.CASES, 130L));
        assertThat(f.onTimeRate()).isEqualByComparingTo("84.17");
        assertThat(VietnameseFormat.percent(f.resolutionRate())).isEqualTo("92,31%");
    }

    @Test
    void aRateWithNothingToDivideByIsAbsentNotZeroNorAHundred() {
        assertThat(PetitionFigures.ZERO.onTimeRate()).isNull();
        assertThat(PetitionFigures.ZERO.satisfactionRate()).isNull();
        assertThat(PetitionFigures.rate(1, 8)).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(PetitionFigures.rate(1, 3)).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(PetitionFigures.rate(2, 3)).isEqualByComparingTo(new BigDecimal("66.67"));
    }

    @Test
    void figuresAddUpFigureByFigure() {
        PetitionFigures a = PetitionFigures.of(Map.of(StatisticsFigure.RECEIVED, 3L, StatisticsFigure.VISITS, 2L));
        PetitionFigures b = PetitionFigures.of(Map.of(StatisticsFigure.RECEIVED, 4L, StatisticsFigure.SATISFIED, 1L));
        PetitionFigures sum = a.plus(b);
        assertThat(sum.received()).isEqualTo(7);
        assertThat(sum.visits()).isEqualTo(2);
        assertThat(sum.satisfied()).isEqualTo(1);
        for (StatisticsFigure figure : StatisticsFigure.values()) {
            assertThat(sum.get(figure)).isEqualTo(a.get(figure) + b.get(figure));
        }
        assertThat(PetitionFigures.ZERO.allZero()).isTrue();
    }
}
