package vn.danvan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vietnamese text rules: search ignores diacritics and case (đ is d); lists sort in Vietnamese alphabetical
 * order (A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y, tones after the letter), as ICU's "vi"
 * collation gives, both in memory and in the database through the stored collation key.
 */
class VietnameseTextTest {

    private static final Collator ICU_VI = Collator.getInstance(new ULocale("vi", "VN"));

    // ---- fold: what is stored for search and what a query is turned into

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource({
        "Ban Dân vận, ban dan van",
        "Đảng ủy, dang uy",
        "Tỉnh ủy Thái Nguyên, tinh uy thai nguyen",
        "ĐỒNG THÁP, dong thap",
        "Xã Tân Cương, xa tan cuong",
        "Phường Phan Đình Phùng, phuong phan dinh phung",
        "'  Ủy ban   nhân dân  ', uy ban nhan dan",
        "Ưu tiên Ơn, uu tien on",
        "Bà Rịa - Vũng Tàu, ba ria - vung tau",
    })
    void foldDropsDiacriticsAndCaseAndReadsDAsD(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldGivesTheSameForDecomposedInputAsForComposedInput() {
        for (String text : List.of("Ban Dân vận", "Đảng ủy", "Huyền Tụng", "Nguyễn Thị Minh Khai", "Ưng Hòa")) {
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            assertThat(nfd).as("the test input really is decomposed").isNotEqualTo(nfc);
            assertThat(VietnameseText.fold(nfd)).isEqualTo(VietnameseText.fold(nfc));
        }
    }

    @Test
    void foldOfNothingIsEmpty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.fold("   ")).isEmpty();
    }

    @Test
    void normalizeComposesTrimsAndCollapsesSpaces() {
        assertThat(VietnameseText.normalize(Normalizer.normalize("  Xã   Tân Cương ", Normalizer.Form.NFD)))
                .isEqualTo("Xã Tân Cương");
        assertThat(VietnameseText.normalize(null)).isNull();
    }

    @Test
    void searchTextJoinsTheFoldedFieldsAndSkipsEmptyOnes() {
        assertThat(VietnameseText.searchText("Ban Tuyên giáo và Dân vận", null, " ", "TN-BTGDV"))
                .isEqualTo("ban tuyen giao va dan van | tn-btgdv");
    }

    // ---- likePattern: user input is searched literally

    @Test
    void likePatternEscapesPercentUnderscoreAndBackslash() {
        assertThat(VietnameseText.likePattern("50%")).isEqualTo("%50\\%%");
        assertThat(VietnameseText.likePattern("a_b")).isEqualTo("%a\\_b%");
        assertThat(VietnameseText.likePattern("a\\b")).isEqualTo("%a\\\\b%");
        assertThat(VietnameseText.likePattern("Dân Vận")).isEqualTo("%dan van%");
    }

    // ---- order and sortKey: Vietnamese alphabetical order

    @Test
    void theVietnameseOrderPutsEachLetterWithDiacriticsAfterItsBaseLetter() {
        List<String> expected = List.of("An", "Ăn", "Âu", "Bắc", "Đà", "Yên");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(2025));
        assertThat(sorted(shuffled, VietnameseText.order())).isEqualTo(expected);
        assertThat(sorted(shuffled, Comparator.comparing(VietnameseText::sortKey))).isEqualTo(expected);
    }

    @Test
    void aShorterWordSortsBeforeALongerOne_XaBaBeBeforeXaBachThong() {
        // what ICU's vi collation says: at the first difference, the space after "Ba" sorts before "c"
        assertThat(ICU_VI.compare("Xã Ba Bể", "Xã Bạch Thông")).isNegative();
        assertThat(VietnameseText.order().compare("Xã Ba Bể", "Xã Bạch Thông")).isNegative();
        assertThat(VietnameseText.sortKey("Xã Ba Bể")).isLessThan(VietnameseText.sortKey("Xã Bạch Thông"));
        assertThat(VietnameseText.sortKey("Ba")).isLessThan(VietnameseText.sortKey("Ba Bể"));
    }

    @Test
    void sortingBySortKeyGivesTheSameListAsSortingWithTheCollator() {
        List<String> names = List.of("Yên Bái", "Xã Bạch Thông", "Xã Ba Bể", "Đà Nẵng", "Dân vận", "Da", "Ô Diên", "Ơn",
                "O Mon", "Ưng Hòa", "Uông Bí", "Âu Cơ", "Ăn Uống", "An Giang", "Bắc Kạn", "Bạc Liêu", "Bác Ái", "Tân Cương",
                "Tần", "Tấn", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "hà nội",
                "Gia Lai", "Kon Tum", "Khánh Hòa", "Kiên Giang", "Phường Phổ Yên", "Phường Phan Đình Phùng", "Phú Bình");
        List<String> byCollator = sorted(names, VietnameseText.order());
        assertThat(byCollator.subList(0, 4)).containsExactly("An Giang", "Ăn Uống", "Âu Cơ", "Bác Ái");
        assertThat(sorted(names, Comparator.comparing(VietnameseText::sortKey))).isEqualTo(byCollator);
        assertThat(sorted(names, ICU_VI::compare)).as("order() is ICU's Vietnamese collation").isEqualTo(byCollator);
    }

    @Test
    void theSortKeyIsLowerCaseHexThatTheDatabaseOrdersByteWise() {
        String key = VietnameseText.sortKey("Xã Tân Cương");
        assertThat(key).matches("[0-9a-f]+").hasSizeLessThanOrEqualTo(780);
        assertThat(key.length() % 2).isZero();
        assertThat(VietnameseText.sortKey(Normalizer.normalize("Xã Tân Cương", Normalizer.Form.NFD))).isEqualTo(key);
        assertThat(VietnameseText.sortKey(null)).isEqualTo(VietnameseText.sortKey(""));
    }

    /** Property: for random Vietnamese strings, comparing the sortKey strings agrees in sign with the collator. */
    @ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\"")
    @MethodSource("randomVietnamesePairs")
    void comparingSortKeysAgreesWithTheCollator(String a, String b) {
        int byCollator = Integer.signum(VietnameseText.order().compare(a, b));
        int byKey = Integer.signum(VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b)));
        assertThat(byKey).isEqualTo(byCollator);
    }

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}; // huyền sắc hỏi ngã nặng

    /** 500 pairs from a fixed seed: the same every run; many pairs share a prefix so that close cases occur. */
    static Stream<Arguments> randomVietnamesePairs() {
        Random random = new Random(20250612L);
        return IntStream.range(0, 500).mapToObj(i -> {
            String a = randomText(random);
            String b = switch (i % 4) {
                case 0 -> randomText(random);
                case 1 -> a + randomSyllable(random);                          // a prefix of b
                case 2 -> a.isEmpty() ? a : a.substring(0, a.length() - 1) + randomSyllable(random); // same start
                default -> random.nextBoolean() ? a.toUpperCase(java.util.Locale.ROOT) : a; // case only, or equal
            };
            return Arguments.of(a, b);
        });
    }

    private static String randomText(Random random) {
        int words = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            out.append(randomSyllable(random));
        }
        return out.toString();
    }

    private static String randomSyllable(Random random) {
        StringBuilder syllable = new StringBuilder();
        int length = 1 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            syllable.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            if (random.nextInt(3) == 0) {
                syllable.append(TONES[random.nextInt(TONES.length)]);
            }
        }
        String composed = Normalizer.normalize(syllable.toString(), Normalizer.Form.NFC);
        return random.nextInt(5) == 0 ? Character.toUpperCase(composed.charAt(0)) + composed.substring(1) : composed;
    }

    private static List<String> sorted(List<String> list, Comparator<String> order) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }
}
