package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a regular expression backtrack: long symbols, long runs of spaces, digits, separators and
 * words after a type word. The patterns use possessive quantifiers and bounded repetitions, so each of these reads
 * in time proportional to its length. Not a benchmark: the timeout only turns a hang (catastrophic backtracking)
 * into a failure instead of a stuck build, and is far above what any of these takes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AdversarialInputTest {

    private static final int N = 100_000;

    @Test
    void longSymbolWithManyHyphensEndsInOneRead() {
        Extraction e = Extraction.of("Kế hoạch số 44/KH" + "-AB".repeat(N / 3) + "- về việc");

        assertThat(e.documents()).hasSize(1);
        assertThat(Extraction.of("Kế hoạch số 44/KH" + " - AB".repeat(N / 5) + "-").documents()).hasSize(1);
    }

    @Test
    void longRunsOfSpacesAfterATypeWordOrANumber() {
        assertThat(Extraction.of("Luật Ab" + " ".repeat(N) + "x").documents()).isEmpty();
        assertThat(Extraction.of("Chỉ thị" + " ".repeat(N) + "số").documents()).isEmpty();
        assertThat(Extraction.of("12" + " ".repeat(N) + "xã").figures().size()).isEqualTo(1);
    }

    @Test
    void manyWordsAfterLuatWithoutAYear() {
        assertThat(Extraction.of(("Luật " + "Ab ".repeat(20)).repeat(N / 65)).documents()).isEmpty();
    }

    @Test
    void longRunsOfDigitsAndSeparatorsAreNotReadAsNumbers() {
        assertThat(Extraction.of("1".repeat(N)).figures()).isEmpty();
        assertThat(Extraction.of("1.".repeat(N / 2)).figures()).isEmpty();
        assertThat(Extraction.of("1,".repeat(N / 2)).figures()).isEmpty();
        assertThat(Extraction.of("1/".repeat(N / 2)).figures()).isEmpty();
        assertThat(Extraction.of("1-".repeat(N / 2)).figures()).isEmpty();
    }

    @Test
    void manyCitationsAndFiguresInARow() {
        assertThat(Extraction.of("Chỉ thị số 16/CT-TTg của Ban Thường vụ Tỉnh ủy, ".repeat(N / 50)).documents())
                .hasSize(N / 50);
        assertThat(Extraction.of("Nghị quyết số 1-NQ/TW" + ", 2-NQ/TW".repeat(N / 10)).documents())
                .as("a long enumeration of bare numbers").hasSize(N / 10 + 1);
        assertThat(Extraction.of("4 tỷ ".repeat(N / 5) + "đồng").figures()).isNotEmpty();
        assertThat(Extraction.of("12 xã, ".repeat(N / 7)).figures()).hasSize(N / 7);
    }
}
