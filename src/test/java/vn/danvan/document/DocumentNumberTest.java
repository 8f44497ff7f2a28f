package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void stateNumberWithTypeAndIssuer() {
        DocumentNumber n = DocumentNumber.parse("16/CT-TTg").orElseThrow();
        assertThat(n).isEqualTo(new DocumentNumber("16", "CT-TTg", DocumentStyle.STATE, DocumentType.CT, "TTg", null));
        assertThat(n.display()).isEqualTo("16/CT-TTg");
    }

    @Test
    void stateNumberWithTheYearInside() {
        DocumentNumber n = DocumentNumber.parse("107/2020/NĐ-CP").orElseThrow();
        assertThat(n.number()).isEqualTo("107");
        assertThat(n.symbol()).isEqualTo("NĐ-CP");
        assertThat(n.embeddedYear()).isEqualTo(2020);
        assertThat(n.type()).isEqualTo(DocumentType.ND);
        assertThat(n.display()).isEqualTo("107/2020/NĐ-CP");
    }

    @Test
    void partyNumbersKeepLeadingZerosAndLoseStraySpaces() {
        DocumentNumber n = DocumentNumber.parse("Số 06-CTr/BDVTU- BCSĐUBND").orElseThrow();
        assertThat(n).isEqualTo(new DocumentNumber("06", "CTr/BDVTU-BCSĐUBND", DocumentStyle.PARTY, DocumentType.CTR,
                "BDVTU-BCSĐUBND", null));
        assertThat(n.display()).isEqualTo("06-CTr/BDVTU-BCSĐUBND");
        assertThat(DocumentNumber.parse("27-KH/BDVTU").orElseThrow().type()).isEqualTo(DocumentType.KH);
        assertThat(DocumentNumber.parse("36-HD/VPTW").orElseThrow().issuerPart()).isEqualTo("VPTW");
    }

    @Test
    void aStateCongVanHasNoTypeAbbreviation() {
        DocumentNumber n = DocumentNumber.parse("Số: 123/UBND-VX").orElseThrow();
        assertThat(n.type()).isEqualTo(DocumentType.CV);
        assertThat(n.style()).isEqualTo(DocumentStyle.STATE);
        assertThat(n.symbol()).isEqualTo("UBND-VX");
        assertThat(n.issuerPart()).isEqualTo("UBND-VX");
    }

    @Test
    void partyCongVanCarriesCvAndTtIsThongTriInPartyDocuments() {
        assertThat(DocumentNumber.parse("395-CV/BDVTU").orElseThrow().type()).isEqualTo(DocumentType.CV);
        DocumentNumber thongTri = DocumentNumber.parse("12-TT/TW").orElseThrow();
        assertThat(thongTri.type().nameFor(thongTri.style())).isEqualTo("Thông tri");
        assertThat(DocumentType.TT.nameFor(DocumentStyle.STATE)).isEqualTo("Thông tư");
        assertThat(DocumentNumber.parse("217-QĐ/TW").orElseThrow().type()).isEqualTo(DocumentType.QD);
        assertThat(DocumentNumber.parse("66-QĐi/TW").orElseThrow().type()).isEqualTo(DocumentType.QDI);
    }

    @Test
    void lawsAndShortCodes() {
        DocumentNumber law = DocumentNumber.parse("10/2022/QH15").orElseThrow();
        assertThat(law.type()).isEqualTo(DocumentType.L);
        assertThat(law.embeddedYear()).isEqualTo(2022);
        DocumentNumber shortCode = DocumentNumber.parse("06/CP").orElseThrow();
        assertThat(shortCode.type()).isNull();
        assertThat(shortCode.issuerPart()).isEqualTo("CP");
    }

    @Test
    void notANumber() {
        assertThat(DocumentNumber.parse("Chỉ thị mười sáu")).isEmpty();
        assertThat(DocumentNumber.parse("")).isEmpty();
        assertThat(DocumentNumber.parse("16/")).isEmpty();
        assertThat(DocumentNumber.parse(null)).isEmpty();
    }

    @Test
    void decomposedInputIsReadAsComposed() {
        String nfd = java.text.Normalizer.normalize("107/2020/NĐ-CP", java.text.Normalizer.Form.NFD);
        assertThat(DocumentNumber.parse(nfd).orElseThrow().type()).isEqualTo(DocumentType.ND);
    }
}
