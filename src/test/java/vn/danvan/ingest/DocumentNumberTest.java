package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danvan.ingest.DocumentNumber.Style;

/** Numbering per Nghị định 30/2020/NĐ-CP (State) and Hướng dẫn 36-HD/VPTW (Party). */
class DocumentNumberTest {

    @Test
    void stateNumberIsNumberSlashTypeHyphenIssuer() {
        DocumentNumber n = DocumentNumber.parse("44/KH-UBND").orElseThrow();

        assertThat(n).isEqualTo(new DocumentNumber("44", null, "KH-UBND", Style.STATE));
        assertThat(n.typeAbbreviation()).isEqualTo("KH");
        assertThat(n.issuerAbbreviation()).isEqualTo("UBND");
        assertThat(n).hasToString("44/KH-UBND");
    }

    @Test
    void legalNormativeStateNumberCarriesTheYearBetweenNumberAndSymbol() {
        DocumentNumber n = DocumentNumber.parse("Số: 107/2020/NĐ-CP").orElseThrow();

        assertThat(n.number()).isEqualTo("107");
        assertThat(n.year()).isEqualTo(2020);
        assertThat(n.symbol()).isEqualTo("NĐ-CP");
        assertThat(n.style()).isEqualTo(Style.STATE);
        assertThat(n).hasToString("107/2020/NĐ-CP");
    }

    @Test
    void partyNumberIsNumberHyphenTypeSlashIssuer() {
        DocumentNumber n = DocumentNumber.parse("số 217-QĐ/TW").orElseThrow();

        assertThat(n).isEqualTo(new DocumentNumber("217", null, "QĐ/TW", Style.PARTY));
        assertThat(n.typeAbbreviation()).isEqualTo("QĐ");
        assertThat(n.issuerAbbreviation()).isEqualTo("TW");
        assertThat(n).hasToString("217-QĐ/TW");
    }

    @Test
    void jointPartyDocumentJoinsItsIssuersWithAHyphen() {
        DocumentNumber n = DocumentNumber.parse("06-CTr/BDVTU-BCSĐUBND").orElseThrow();

        assertThat(n.number()).as("leading zero kept").isEqualTo("06");
        assertThat(n.typeAbbreviation()).isEqualTo("CTr");
        assertThat(n.issuerAbbreviation()).isEqualTo("BDVTU-BCSĐUBND");
    }

    @Test
    void straySpacesInsideTheSymbolAreDropped() {
        assertThat(DocumentNumber.parse("06-CTr/BDVTU- BCSĐUBND").orElseThrow().symbol())
                .isEqualTo("CTr/BDVTU-BCSĐUBND");
        assertThat(DocumentNumber.parse("27 - KH/BDVTU").orElseThrow().symbol()).isEqualTo("KH/BDVTU");
    }

    @Test
    void partyQuyDinhIsQDiAndPartyCongVanCarriesCV() {
        assertThat(DocumentNumber.parse("11-QĐi/TW").orElseThrow().typeAbbreviation()).isEqualTo("QĐi");
        assertThat(DocumentNumber.parse("395-CV/BDVTU").orElseThrow().typeAbbreviation()).isEqualTo("CV");
    }

    @Test
    void stateCongVanHasNoTypeAbbreviationOnlyIssuerAndDraftingUnit() {
        DocumentNumber n = DocumentNumber.parse("123/UBND-VX").orElseThrow();

        assertThat(n.typeAbbreviation()).isNull();
        assertThat(n.issuerAbbreviation()).isEqualTo("UBND");
    }

    @Test
    void shortCodeOfASchemeIsAStateNumberWithIssuerOnly() {
        DocumentNumber n = DocumentNumber.parse("06/CP").orElseThrow();

        assertThat(n.style()).isEqualTo(Style.STATE);
        assertThat(n.symbol()).isEqualTo("CP");
        assertThat(n.typeAbbreviation()).isNull();
    }

    @Test
    void datesRatiosAndWordsAreNotDocumentNumbers() {
        assertThat(DocumentNumber.parse("16/5/2016")).isEmpty();
        assertThat(DocumentNumber.parse("73/102")).isEmpty();
        assertThat(DocumentNumber.parse("Covid-19")).isEmpty();
        assertThat(DocumentNumber.parse("44/KH-UBND về việc")).isEmpty();
        assertThat(DocumentNumber.parse(null)).isEmpty();
    }

    @Test
    void nfdWrittenSymbolParsesToTheNfcSymbol() {
        String nfd = java.text.Normalizer.normalize("107/2020/NĐ-CP", java.text.Normalizer.Form.NFD);

        assertThat(DocumentNumber.parse(nfd).orElseThrow().symbol()).isEqualTo("NĐ-CP");
    }

    @Test
    void aNumberWithoutSymbolIsRefused() {
        assertThatThrownBy(() -> new DocumentNumber("44", null, "", Style.STATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("4a", null, "KH-UBND", Style.STATE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
