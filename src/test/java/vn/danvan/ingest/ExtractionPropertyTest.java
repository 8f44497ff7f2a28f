package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for every input, checked on seeded random texts (200 seeds per property; a failure names
 * its seed, and the same seed gives the same text again):
 *
 * <ul>
 *   <li>arbitrary UTF-16 — lone surrogates, astral code points, combining marks, controls, zero-width and
 *       right-to-left marks, NFD Vietnamese — never makes the extraction throw;</li>
 *   <li>every reported offset pair is inside the text and points at exactly the reported surface;</li>
 *   <li>the output is deterministic;</li>
 *   <li>appending an unrelated paragraph after the text changes nothing that was read before it;</li>
 *   <li>the NFC and the NFD form of one text give the same readings, each with offsets into its own form.</li>
 * </ul>
 */
class ExtractionPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryUnicodeNeverThrowsAndOffsetsPointAtTheSurface(long seed) {
        Random r = new Random(seed);
        String text = seed % 2 == 0
                ? GeneratedText.arbitraryUtf16(r, 1 + r.nextInt(2_000))
                : GeneratedText.noise(r, 1 + r.nextInt(2_000));

        assertThatCode(() -> Extraction.of(text)).doesNotThrowAnyException();
        assertOffsetsPointAtSurfaces(text, Extraction.of(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void vietnameseLikeTextWithMixedNormalFormsReadsConsistently(long seed) {
        String text = GeneratedText.vietnameseLike(new Random(seed), 1 + (int) (seed % 40), true);

        Extraction first = Extraction.of(text);
        assertOffsetsPointAtSurfaces(text, first);
        Extraction again = Extraction.of(new String(text.toCharArray()));
        assertThat(again).as("deterministic").isEqualTo(first);
        assertThat(ExtractionJson.line("t", again)).isEqualTo(ExtractionJson.line("t", first));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anUnrelatedParagraphAppendedChangesNothingBeforeIt(long seed) {
        Random r = new Random(seed);
        String text = seed % 3 == 0
                ? GeneratedText.arbitraryUtf16(r, 1 + r.nextInt(1_000))
                : GeneratedText.vietnameseLike(r, 1 + r.nextInt(20), r.nextBoolean());
        String longer = text + "\n\nBan biên tập trân trọng cảm ơn bạn đọc đã theo dõi.\n";

        Extraction before = Extraction.of(text);
        Extraction after = Extraction.of(longer);
        assertOffsetsPointAtSurfaces(longer, after);
        assertThat(after).isEqualTo(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nfcAndNfdFormsGiveTheSameReadings(long seed) {
        String text = GeneratedText.vietnameseLike(new Random(seed), 1 + (int) (seed % 30), false);
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);

        Extraction fromNfc = Extraction.of(nfc);
        Extraction fromNfd = Extraction.of(nfd);
        assertOffsetsPointAtSurfaces(nfc, fromNfc);
        assertOffsetsPointAtSurfaces(nfd, fromNfd);
        assertThat(readings(fromNfd)).isEqualTo(readings(fromNfc));
        for (int i = 0; i < fromNfd.documents().size(); i++) {
            assertThat(Normalizer.normalize(fromNfd.documents().get(i).surface(), Normalizer.Form.NFC))
                    .isEqualTo(fromNfc.documents().get(i).surface());
        }
        for (int i = 0; i < fromNfd.figures().size(); i++) {
            assertThat(Normalizer.normalize(fromNfd.figures().get(i).surface(), Normalizer.Form.NFC))
                    .isEqualTo(fromNfc.figures().get(i).surface());
        }
    }

    /** Everything read except surfaces and offsets, which differ between the two forms. */
    private static List<List<Object>> readings(Extraction e) {
        var documents = e.documents().stream().map(d -> List.<Object>of("document", d.type(),
                String.valueOf(d.documentNumber()), String.valueOf(d.year()), String.valueOf(d.date()),
                String.valueOf(d.issuer()), String.valueOf(d.note()), d.warnings()));
        var figures = e.figures().stream().map(f -> List.<Object>of("figure", f.kind(), f.value(),
                String.valueOf(f.approx()), String.valueOf(f.unit()), String.valueOf(f.numerator()),
                String.valueOf(f.denominator()), String.valueOf(f.note()), f.warnings()));
        return java.util.stream.Stream.concat(documents, figures).toList();
    }

    private static void assertOffsetsPointAtSurfaces(String text, Extraction e) {
        for (DocumentCitation d : e.documents()) {
            assertThat(d.start()).as("start of %s", d).isBetween(0, d.end() - 1);
            assertThat(d.end()).as("end of %s", d).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.surface());
        }
        for (Figure f : e.figures()) {
            assertThat(f.start()).as("start of %s", f).isBetween(0, f.end() - 1);
            assertThat(f.end()).as("end of %s", f).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.surface());
        }
    }
}
