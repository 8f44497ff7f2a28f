package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The identity rules of Nghị định 30/2020/NĐ-CP (State) and Hướng dẫn 36-HD/VPTW (Party). */
class DocumentIdentityTest {

    private static String state(String numberSymbol, int year, String issuerName) {
        DocumentNumber n = DocumentNumber.parse(numberSymbol).orElseThrow();
        return DocumentIdentity.key(n.style(), n.type(), n.number(), n.issuerPart(), year, null, null, issuerName);
    }

    private static String party(String numberSymbol, LocalDate date, String issuerName) {
        DocumentNumber n = DocumentNumber.parse(numberSymbol).orElseThrow();
        String term = PartyTerm.of(date, n.issuerPart()).orElseThrow();
        return DocumentIdentity.key(n.style(), n.type(), n.number(), n.issuerPart(), date.getYear(), term, null, issuerName);
    }

    @Test
    void stateNumbersRestartEachYearSo16CtTtgOf2016And2020AreTwoDocuments() {
        assertThat(state("16/CT-TTg", 2016, "Thủ tướng Chính phủ")).isNotEqualTo(state("16/CT-TTg", 2020, "Thủ tướng Chính phủ"));
        // the same number in the same year is the same document, however the issuer and spacing are written
        assertThat(state("16/CT-TTg", 2016, "Thủ tướng Chính phủ")).isEqualTo(state("16 / CT-TTG", 2016, "Thủ tướng"));
    }

    @Test
    void partyNumbersRunThroughTheTermSoTheSameNumberInOneTermIsADuplicate() {
        String first = party("27-KH/BDVTU", LocalDate.of(2021, 3, 1), "Ban Dân vận Tỉnh ủy Thái Nguyên");
        String sameTermLaterYear = party("27-KH/BDVTU", LocalDate.of(2023, 1, 12), "Ban Dân vận Tỉnh ủy Thái Nguyên");
        String nextTerm = party("27-KH/BDVTU", LocalDate.of(2026, 1, 12), "Ban Dân vận Tỉnh ủy Thái Nguyên");
        assertThat(first).isEqualTo(sameTermLaterYear);
        assertThat(first).isNotEqualTo(nextTerm);
    }

    @Test
    void leadingZerosDoNotMakeAnotherDocumentButTheTypeDoes() {
        assertThat(party("06-CTr/BDVTU", LocalDate.of(2022, 1, 14), "Ban Dân vận Tỉnh ủy"))
                .isEqualTo(party("6-CTr/BDVTU", LocalDate.of(2022, 1, 14), "Ban Dân vận Tỉnh ủy"))
                .isNotEqualTo(party("06-KH/BDVTU", LocalDate.of(2022, 1, 14), "Ban Dân vận Tỉnh ủy"));
    }

    @Test
    void localAbbreviationsAreQualifiedByTheIssuingBody() {
        // every province has a "UBND": 44/KH-UBND of 2023 exists in Bình Phước and may exist in Thái Nguyên
        assertThat(state("44/KH-UBND", 2023, "UBND tỉnh Bình Phước")).isNotEqualTo(state("44/KH-UBND", 2023, "UBND tỉnh Thái Nguyên"));
        assertThat(state("44/KH-UBND", 2023, "UBND tỉnh Bình Phước")).isEqualTo(state("44/KH-UBND", 2023, "UBND  tinh Binh Phuoc"));
    }

    @Test
    void centralAndProvincialTermsDiffer() {
        assertThat(PartyTerm.of(LocalDate.of(2013, 12, 12), "TW")).contains("2011-2016");
        assertThat(PartyTerm.of(LocalDate.of(2016, 10, 11), "BDVTW-BCSĐCP")).contains("2016-2021");
        assertThat(PartyTerm.of(LocalDate.of(2022, 1, 14), "BDVTU-BCSĐUBND")).contains("2020-2025");
        assertThat(PartyTerm.of(null, "TU")).isEmpty();
        assertThat(PartyTerm.normalize(" 2020 – 2025 ")).contains("2020-2025");
        assertThat(PartyTerm.normalize("nhiệm kỳ")).isEmpty();
    }
}
