package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the public tracking page accepts as a code, and the plain-language stage it shows. */
class CitizenTrackingTest {

    /** Seeded: every generated code is read back, and every single wrong character is refused before any lookup. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 2026L})
    void aCodeIsReadAsTypedAndOneWrongCharacterIsRefused(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            String code = TrackingCode.generate(random);
            assertThat(CitizenTracking.read(" " + TrackingCode.display(code).toLowerCase() + " ")).contains(code);
            int position = random.nextInt(code.length());
            char wrong = TrackingCode.ALPHABET.charAt((TrackingCode.ALPHABET.indexOf(code.charAt(position)) + 1 + random.nextInt(31)) % 32);
            assertThat(CitizenTracking.read(code.substring(0, position) + wrong + code.substring(position + 1))).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ABC", "ĐƠN-123", "'; DROP TABLE petition; --"})
    void anythingElseIsNotACode(String input) {
        assertThat(CitizenTracking.read(input)).isEmpty();
        assertThat(CitizenTracking.read(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {41, 200, 100_000})
    void longInputIsRefusedBeforeParsing(int length) {
        String code = TrackingCode.generate(new Random(length));
        assertThat(CitizenTracking.read(code + " ".repeat(length - code.length()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPTED", "VERIFYING", "SUSPENDED", "CONCLUDED", "NOTIFIED", "CLOSED"})
    void aPetitionWithACaseShowsTheCaseStage(String caseStatus) {
        PublicTracking t = new PublicTracking("X", LocalDate.of(2026, 1, 5), PetitionStatus.ATTACHED, CaseStatus.valueOf(caseStatus), null, null);
        assertThat(CitizenTracking.stage(t)).isEqualTo("CASE_" + caseStatus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECEIVED", "TRANSFERRED", "GUIDED", "ARCHIVED"})
    void aPetitionWithoutACaseShowsItsOwnStage(String status) {
        PublicTracking t = new PublicTracking("X", LocalDate.of(2026, 1, 5), PetitionStatus.valueOf(status), null, null, null);
        assertThat(CitizenTracking.stage(t)).isEqualTo(status);
    }
}
