package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Tracking codes: 10 random Crockford base-32 characters + a Luhn mod 32 check character (seeded property tests). */
class TrackingCodeTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 20).mapToObj(i -> 4242L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedCodesAreValidAndEverySingleWrongCharacterIsCaught(long seed) {
        Random random = new Random(seed);
        String code = TrackingCode.generate(random);
        assertThat(code).hasSize(TrackingCode.LENGTH).matches("[0-9A-HJKMNP-TV-Z]{11}");
        assertThat(TrackingCode.isValid(code)).isTrue();
        for (int i = 0; i < code.length(); i++) {
            for (char c : TrackingCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(TrackingCode.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void swappingTwoNeighboursIsCaught(long seed) {
        String code = TrackingCode.generate(new Random(seed));
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(TrackingCode.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void readingForgivesCaseSpacesDashesAndLookalikeLetters() {
        String code = TrackingCode.generate(new Random(7));
        String typed = TrackingCode.display(code).toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(TrackingCode.read(" " + typed + " ")).contains(code);
        assertThat(TrackingCode.read("not a code")).isEmpty();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TrackingCode.generate())).isTrue();
        }
    }
}
