package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.document.DocumentStyle;

/**
 * Citations as Nghị định 30/2020 (citation in prose) and Hướng dẫn 36-HD/VPTW write them, and as the seed corpus
 * README counts them.
 */
class CitationExtractorTest {

    private final CitationExtractor extractor = new CitationExtractor();

    private DocumentCitation only(String text) {
        List<DocumentCitation> found = extractor.extract(text);
        assertThat(found).as("citations in %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void stateCitationGivesTypeNumberSymbolDateAndIssuer() {
        String text = "đẩy mạnh việc thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện "
                + "các biện pháp cấp bách";
        DocumentCitation c = only(text);

        assertThat(c.surface()).isEqualTo("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ");
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.surface());
        assertThat(c.type()).isEqualTo(DocumentType.CHI_THI);
        assertThat(c.number()).isEqualTo("16");
        assertThat(c.symbol()).isEqualTo("CT-TTg");
        assertThat(c.year()).isNull();
        assertThat(c.date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(c.issuer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(c.style()).isEqualTo(DocumentStyle.STATE);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void decreeNumberCarriesItsYear() {
        DocumentCitation c = only("theo Nghị định số 107/2020/NĐ-CP của Chính phủ;");

        assertThat(c.number()).isEqualTo("107");
        assertThat(c.year()).isEqualTo(2020);
        assertThat(c.symbol()).isEqualTo("NĐ-CP");
    }

    @Test
    void partyCitationIsNumberHyphenTypeSlashIssuer() {
        DocumentCitation c = only("thực hiện nghiêm túc Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về ban "
                + "hành Quy chế giám sát");

        assertThat(c.surface()).isEqualTo("Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị");
        assertThat(c.style()).isEqualTo(DocumentStyle.PARTY);
        assertThat(c.symbol()).isEqualTo("QĐ/TW");
        assertThat(c.issuer()).isEqualTo("Bộ Chính trị");
    }

    @Test
    void jointPartyProgramKeepsBothIssuersInItsSymbol() {
        DocumentCitation c = only("Tiếp tục thực hiện Chương trình phối hợp số 06-CTr/BDVTU-BCSĐUBND ngày 14/01/2022 về phối hợp");

        assertThat(c.type()).isEqualTo(DocumentType.CHUONG_TRINH_PHOI_HOP);
        assertThat(c.number()).isEqualTo("06");
        assertThat(c.symbol()).isEqualTo("CTr/BDVTU-BCSĐUBND");
        assertThat(c.issuer()).as("no 'của': the context's issuer is not guessed").isNull();
    }

    @Test
    void citationWithoutSoIsStillACitation() {
        DocumentCitation c = only("Quyết định 1493/QĐ-UBND ngày 14/9/2023 về Bộ tiêu chí");

        assertThat(c.surface()).isEqualTo("Quyết định 1493/QĐ-UBND ngày 14/9/2023");
        assertThat(c.number()).isEqualTo("1493");
    }

    @Test
    void theThreeDateFormsAreRead() {
        assertThat(only("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng").date()).isEqualTo(LocalDate.of(2016, 5, 16));
        assertThat(only("Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ").date()).isEqualTo(LocalDate.of(2023, 1, 6));
        DocumentCitation spelled = only("Chương trình phối hợp số 06-CTr/BDVTU ngày 14 tháng 01 năm 2022 về công tác dân vận");
        assertThat(spelled.date()).isEqualTo(LocalDate.of(2022, 1, 14));
        assertThat(spelled.surface()).endsWith("ngày 14 tháng 01 năm 2022");
    }

    @Test
    void partyCitationMayPutACommaBeforeTheDate() {
        DocumentCitation c = only("Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường");

        assertThat(c.date()).isEqualTo(LocalDate.of(2021, 5, 23));
        assertThat(c.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void issuerNamedAfterCuaEndsWhereTheSubjectOrTheSentenceGoesOn() {
        assertThat(only("Chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy về thực hiện").issuer())
                .isEqualTo("Tỉnh ủy");
        assertThat(only("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế").issuer())
                .isEqualTo("Ban Chấp hành Trung ương");
        assertThat(only("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI)").issuer())
                .isEqualTo("Ban Chấp hành Trung ương Đảng");
        assertThat(only("Quyết định số 1049/QĐ-UBND của UBND tỉnh Bình Phước tại hội nghị").issuer())
                .isEqualTo("UBND tỉnh Bình Phước");
        assertThat(only("Kế hoạch số 12/KH-UBND của các sở, ngành").issuer()).as("not a named body").isNull();
    }

    @Test
    void issuerMayComeBeforeTheDateAndCommasMaySetThemOff() {
        DocumentCitation reversed = only("Nghị quyết 42/NQ-CP của Chính phủ ngày 09/4/2020 về hỗ trợ");
        assertThat(reversed.issuer()).isEqualTo("Chính phủ");
        assertThat(reversed.date()).isEqualTo(LocalDate.of(2020, 4, 9));

        DocumentCitation commas = only("Kế hoạch số 44/KH-UBND, ngày 14/02/2023, của UBND tỉnh về việc");
        assertThat(commas.surface()).isEqualTo("Kế hoạch số 44/KH-UBND, ngày 14/02/2023, của UBND tỉnh");
        assertThat(commas.issuer()).isEqualTo("UBND tỉnh");
    }

    @Test
    void jointIssuersAfterGiuaAreRecordedAsXVaY() {
        DocumentCitation c = only("Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016 giữa Ban Dân vận Trung "
                + "ương và Ban Cán sự đảng Chính phủ, công tác dân vận");

        assertThat(c.issuer()).isEqualTo("Ban Dân vận Trung ương và Ban Cán sự đảng Chính phủ");
        assertThat(c.surface()).endsWith("Ban Cán sự đảng Chính phủ");
    }

    @Test
    void enumerationGivesTheIssuerNamedAfterItToEachMember() {
        List<DocumentCitation> found = extractor.extract("theo Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP "
                + "và Nghị định số 120/2020/NĐ-CP của Chính phủ; xây dựng");

        assertThat(found).extracting(DocumentCitation::surface, DocumentCitation::issuer).containsExactly(
                tuple("Nghị định số 107/2020/NĐ-CP", "Chính phủ"),
                tuple("Nghị định số 108/2020/NĐ-CP", "Chính phủ"),
                tuple("Nghị định số 120/2020/NĐ-CP của Chính phủ", "Chính phủ"));
        assertThat(found.get(0).note()).contains("stated once after the enumeration");
    }

    @Test
    void enumerationSharesTheIssuerOnlyWhenTheSymbolsNameTheSameBody() {
        List<DocumentCitation> found = extractor.extract("Chỉ thị số 16/CT-TTg và Nghị quyết số 42/NQ-CP của Chính phủ");

        assertThat(found).extracting(DocumentCitation::issuer).containsExactly(null, "Chính phủ");
    }

    @Test
    void bareNumbersContinuingAnEnumerationTakeItsType() {
        List<DocumentCitation> found = extractor.extract("Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 "
                + "của Ban Chấp hành Trung ương.");

        assertThat(found).extracting(DocumentCitation::type, DocumentCitation::number, DocumentCitation::issuer)
                .containsExactly(tuple(DocumentType.NGHI_QUYET, "18", "Ban Chấp hành Trung ương"),
                        tuple(DocumentType.NGHI_QUYET, "19", "Ban Chấp hành Trung ương"));
        assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2017, 10, 25));
    }

    @Test
    void lawCitedByNameAndYear() {
        DocumentCitation c = only("triển khai thi hành Luật Dân chủ cơ sở năm 2022; phong trào thi đua");

        assertThat(c.surface()).isEqualTo("Luật Dân chủ cơ sở năm 2022");
        assertThat(c.type()).isEqualTo(DocumentType.LUAT);
        assertThat(c.year()).isEqualTo(2022);
        assertThat(c.number()).isNull();
        assertThat(c.symbol()).isNull();
        assertThat(c.style()).isNull();
    }

    @Test
    void lawNameMayContainCommasAndTheYearMayStandAlone() {
        assertThat(only("v/v triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023 trên địa bàn tỉnh").surface())
                .isEqualTo("Luật Khám bệnh, chữa bệnh năm 2023");
        DocumentCitation code = only("theo Bộ luật Dân sự 2015, Điều 147");
        assertThat(code.type()).isEqualTo(DocumentType.BO_LUAT);
        assertThat(code.year()).isEqualTo(2015);
    }

    @Test
    void lawCitedByNameAndDateOfAdoption() {
        DocumentCitation c = only("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

        assertThat(c.surface()).isEqualTo("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
        assertThat(c.date()).isEqualTo(LocalDate.of(2015, 6, 19));
        assertThat(c.number()).isNull();
    }

    @Test
    void luatInsideAnInstitutionsNameOrASentenceIsNotALaw() {
        assertThat(extractor.extract("Trường Đại học Luật Hà Nội năm 2020; Luật Đất đai có hiệu lực năm 2025; "
                + "theo quy định của pháp luật năm 2023")).isEmpty();
        assertThat(only("Pháp lệnh Ưu đãi người có công với cách mạng năm 2020").type()).isEqualTo(DocumentType.PHAP_LENH);
    }

    @Test
    void lawCitedByNameAndNumber() {
        DocumentCitation c = only("Luật Tổ chức chính quyền địa phương 72/2025/QH15 quy định");

        assertThat(c.type()).isEqualTo(DocumentType.LUAT);
        assertThat(c.number()).isEqualTo("72");
        assertThat(c.year()).isEqualTo(2025);
        assertThat(c.symbol()).isEqualTo("QH15");
    }

    @Test
    void schemeCitedByItsShortCode() {
        DocumentCitation c = only("tầm nhìn đến năm 2030 (Đề án 06/CP) trên địa bàn tỉnh");

        assertThat(c.surface()).isEqualTo("Đề án 06/CP");
        assertThat(c.type()).isEqualTo(DocumentType.DE_AN);
        assertThat(c.symbol()).isEqualTo("CP");
        assertThat(c.style()).isEqualTo(DocumentStyle.STATE);
    }

    @Test
    void multiWordTypesAreTypesOfTheirOwn() {
        assertThat(only("ký kết Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND về phối hợp").type())
                .isEqualTo(DocumentType.KE_HOACH_PHOI_HOP);
        assertThat(only("Chương trình hành động số 36/CTr-UBND ngày 03/02/2023 thực hiện").type())
                .isEqualTo(DocumentType.CHUONG_TRINH_HANH_DONG);
        assertThat(only("Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP").type())
                .isEqualTo(DocumentType.CHUONG_TRINH_PHOI_HOP);
        assertThat(only("Kế hoạch số 44/KH-UBND ngày 14/02/2023").type()).isEqualTo(DocumentType.KE_HOACH);
    }

    @Test
    void straySpaceInsideTheSymbolIsDroppedWithAWarning() {
        DocumentCitation c = only("Chương trình phối hợp số 06-CTr/BDVTU- BCSĐUBND ngày 14/01/2022 về phối hợp");

        assertThat(c.symbol()).isEqualTo("CTr/BDVTU-BCSĐUBND");
        assertThat(c.surface()).contains("06-CTr/BDVTU- BCSĐUBND");
        assertThat(c.warnings()).containsExactly(ReadingWarning.STRAY_SPACE_IN_SYMBOL);
        assertThat(c.date()).isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void impossibleDateLeavesTheDateEmptyWithAWarningAndANote() {
        DocumentCitation c = only("Sau 5 năm triển khai thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính "
                + "phủ, công tác");

        assertThat(c.surface()).isEqualTo("Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính phủ");
        assertThat(c.date()).isNull();
        assertThat(c.warnings()).containsExactly(ReadingWarning.INVALID_DATE);
        assertThat(c.note()).isEqualTo("invalid date as written: 16/5/20216");
        assertThat(only("Kế hoạch 99/KH-UBND ngày 31/2/2023").note()).isEqualTo("invalid date as written: 31/2/2023");
    }

    @Test
    void dateWrittenBeforeTheCitationIsNotItsDate() {
        DocumentCitation c = only("ngày 12/01/2023 Ban cán sự Đảng UBND tỉnh đã ký kết Kế hoạch phối hợp số "
                + "27-KH/BDVTU-BCSĐUBND về phối hợp");

        assertThat(c.date()).isNull();
    }

    @Test
    void nfdInputGivesTheSameCitationsWithOffsetsIntoTheOriginal() {
        String nfc = "Triển khai Chương trình hành động số 01-CTr/TU ngày 21/7/2021 của Ban Dân vận Tỉnh ủy về thực hiện "
                + "Luật Dân chủ cơ sở năm 2022.";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        List<DocumentCitation> fromNfc = extractor.extract(nfc);
        List<DocumentCitation> fromNfd = extractor.extract(nfd);

        assertThat(fromNfd).extracting(DocumentCitation::type, DocumentCitation::number, DocumentCitation::symbol,
                        DocumentCitation::date, DocumentCitation::issuer, DocumentCitation::year)
                .isEqualTo(fromNfc.stream().map(c -> tuple(c.type(), c.number(), c.symbol(), c.date(), c.issuer(),
                        c.year())).toList());
        assertThat(fromNfd.get(0).issuer()).as("fields are NFC").isEqualTo("Ban Dân vận Tỉnh ủy");
        for (DocumentCitation c : fromNfd) {
            assertThat(nfd.substring(c.start(), c.end())).isEqualTo(c.surface());
            assertThat(Normalizer.normalize(c.surface(), Normalizer.Form.NFC))
                    .isEqualTo(fromNfc.get(fromNfd.indexOf(c)).surface());
        }
    }

    @Test
    void mixedNormalisationWithinOneTextIsReadAsOne() {
        String mixed = Normalizer.normalize("Chỉ thị số 16/CT-TTg", Normalizer.Form.NFD)
                + " ngày 16/5/2016 của Thủ tướng Chính phủ và Kế hoạch số 44/KH-UBND";
        List<DocumentCitation> found = extractor.extract(mixed);

        assertThat(found).extracting(DocumentCitation::number).containsExactly("16", "44");
        assertThat(found.get(0).issuer()).isEqualTo("Thủ tướng Chính phủ");
        found.forEach(c -> assertThat(mixed.substring(c.start(), c.end())).isEqualTo(c.surface()));
    }

    @Test
    void referencesWithoutNumberOrYearAreNotCitations() {
        assertThat(extractor.extract("thực hiện Quy chế dân chủ ở cơ sở và Quy chế công tác dân vận của hệ thống chính trị; "
                + "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI; ký kết "
                + "Chương trình phối hợp giai đoạn 2022 - 2026; Chương trình tổng thể cải cách hành chính nhà nước giai "
                + "đoạn 2021-2030 của tỉnh; kế hoạch phối hợp công tác dân vận; Nghị quyết HĐND tỉnh; các nghị quyết, "
                + "chỉ thị của Đảng; Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2021 - 2025, tầm nhìn đến năm "
                + "2030")).isEmpty();
    }

    @Test
    void planImplementingACitedDecisionIsNotItselfACitation() {
        DocumentCitation c = only("UBND tỉnh ban hành Kế hoạch thực hiện Quyết định số 346/QĐ-TTg ngày 06/4/2023 của Thủ "
                + "tướng Chính phủ về triển khai");

        assertThat(c.type()).isEqualTo(DocumentType.QUYET_DINH);
    }

    @Test
    void repeatedCitationsAreEachReported() {
        String once = "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ. ";
        assertThat(extractor.extract(once + once)).hasSize(2);
    }
}
