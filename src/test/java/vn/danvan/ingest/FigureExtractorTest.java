package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics as the seed corpus README defines them: what counts, how it is read, and what is not a figure. */
class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private Figure only(String text) {
        List<Figure> found = extractor.extract(text);
        assertThat(found).as("figures in %s", text).hasSize(1);
        Figure f = found.get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(f.surface());
        return f;
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void countCarriesItsQualifierAndCountedNoun() {
        Figure f = only("các cơ quan hành chính đã tiếp trên 38.500 lượt công dân, tiếp nhận");

        assertThat(f.surface()).isEqualTo("trên 38.500 lượt công dân");
        assertThat(f.value()).isEqualByComparingTo("38500");
        assertThat(f.approx()).isEqualTo("trên");
        assertThat(f.unit()).isEqualTo("lượt công dân");
        assertThat(f.kind()).isEqualTo(FigureKind.COUNT);
        assertThat(f.numerator()).isNull();
        assertThat(f.denominator()).isNull();
    }

    @Test
    void qualifiersAreTrenHonGanKhoangButNotUoc() {
        assertThat(extractor.extract("gần 22.600 đơn các loại, hơn 3.500 điển hình cá nhân, khoảng 300 hộ dân, "
                + "ước đạt 07 xã nông thôn mới"))
                .extracting(Figure::approx, Figure::value, Figure::unit)
                .containsExactly(tuple("gần", n("22600"), "đơn"), tuple("hơn", n("3500"), "điển hình cá nhân"),
                        tuple("khoảng", n("300"), "hộ dân"), tuple(null, n("7"), "xã nông thôn mới"));
    }

    @Test
    void hơnAfterAComparativeComparesRatherThanQualifies() {
        Figure f = only("tỷ lệ cao hơn 5% so với năm trước");

        assertThat(f.approx()).isNull();
        assertThat(f.surface()).isEqualTo("5%");
    }

    @Test
    void ganNhuIsReadAsGan() {
        Figure f = only("gần như 100% hộ dân");

        assertThat(f.approx()).isEqualTo("gần");
        assertThat(f.note()).contains("gần như");
    }

    @Test
    void amountsMultiplyTheirScaleWordsIn() {
        assertThat(extractor.extract("đạt 64.239 tỷ đồng, tăng; đạt 4 tỷ 180 triệu USD tăng; GRDP bình quân đầu người "
                + "60,7 triệu đồng; tổng giá trị hơn 20 tỷ đồng; 4,5 nghìn tỷ đồng"))
                .extracting(Figure::surface, Figure::value, Figure::unit, Figure::kind)
                .containsExactly(
                        tuple("64.239 tỷ đồng", n("64239000000000"), "đồng", FigureKind.AMOUNT),
                        tuple("4 tỷ 180 triệu USD", n("4180000000"), "USD", FigureKind.AMOUNT),
                        tuple("60,7 triệu đồng", n("60700000"), "đồng", FigureKind.AMOUNT),
                        tuple("hơn 20 tỷ đồng", n("20000000000"), "đồng", FigureKind.AMOUNT),
                        tuple("4,5 nghìn tỷ đồng", n("4500000000000"), "đồng", FigureKind.AMOUNT));
    }

    @Test
    void scaleWordsMultiplyCountsToo() {
        Figure f = only("Hoàn thành việc số hóa hơn 01 triệu dữ liệu hộ tịch trên nền tảng");

        assertThat(f.value()).isEqualByComparingTo("1000000");
        assertThat(f.kind()).isEqualTo(FigureKind.COUNT);
        assertThat(f.unit()).isEqualTo("dữ liệu hộ tịch");
    }

    @Test
    void dongAfterANumberIsMoneyUnlessItStartsANoun() {
        assertThat(only("mỗi suất 500.000 đồng.").kind()).isEqualTo(FigureKind.AMOUNT);
        Figure comrades = only("khen thưởng 04 đồng chí có thành tích");
        assertThat(comrades.kind()).isEqualTo(FigureKind.COUNT);
        assertThat(comrades.unit()).isEqualTo("đồng chí");
    }

    @Test
    void percentagesUseTheDecimalComma() {
        Figure f = only("Tốc độ tăng trưởng GRDP đạt 12,17%; ");

        assertThat(f.surface()).isEqualTo("12,17%");
        assertThat(f.value()).isEqualByComparingTo("12.17");
        assertThat(f.unit()).isEqualTo("%");
        assertThat(f.kind()).isEqualTo(FigureKind.PERCENT);
    }

    @Test
    void percentIncreaseIsAPercentAndADecreaseIsNotedWithAPositiveValue() {
        assertThat(only("chế tạo tăng 10,5%;").kind()).isEqualTo(FigureKind.PERCENT);
        List<Figure> found = extractor.extract("tỷ lệ hộ nghèo giảm 1,41% còn 5,33%");
        assertThat(found).extracting(Figure::surface, Figure::value).containsExactly(
                tuple("1,41%", n("1.41")), tuple("5,33%", n("5.33")));
        assertThat(found.get(0).note()).isEqualTo("decrease ('giảm 1,41%'), value kept positive");
        assertThat(found.get(1).note()).isNull();
    }

    @Test
    void dotBeforePercentIsReadAsDecimalSeparatorWithAWarning() {
        Figure f = only("tăng (đạt 95.42% kế hoạch)");

        assertThat(f.value()).isEqualByComparingTo("95.42");
        assertThat(f.note()).isEqualTo("dot used as decimal separator");
        assertThat(f.warnings()).containsExactly(ReadingWarning.DOT_DECIMAL_SEPARATOR);
    }

    @Test
    void dotBetweenThousandsGroupsIsAThousandsSeparator() {
        assertThat(only("có 1.050 doanh nghiệp đăng ký").value()).isEqualByComparingTo("1050");
        assertThat(only("cho 10.132 đảng viên").value()).isEqualByComparingTo("10132");
    }

    @Test
    void ratiosGiveNumeratorAndDenominator() {
        assertThat(extractor.extract("năm 2020 có 14/15 chỉ tiêu đạt; hoàn thành 73/102 nhiệm vụ, tại 11/11 cấp huyện"))
                .extracting(Figure::surface, Figure::value, Figure::kind, Figure::numerator, Figure::denominator)
                .containsExactly(
                        tuple("14/15 chỉ tiêu", n("14"), FigureKind.RATIO, n("14"), n("15")),
                        tuple("73/102 nhiệm vụ", n("73"), FigureKind.RATIO, n("73"), n("102")),
                        tuple("11/11 cấp huyện", n("11"), FigureKind.RATIO, n("11"), n("11")));
    }

    @Test
    void aScoreOutOfAMaximumIsARatioWithADecimalNumerator() {
        Figure f = only("Chỉ số cải cách hành chính đạt 85,46/100 điểm, tăng");

        assertThat(f.kind()).isEqualTo(FigureKind.RATIO);
        assertThat(f.numerator()).isEqualByComparingTo("85.46");
        assertThat(f.denominator()).isEqualByComparingTo("100");
        assertThat(f.unit()).isEqualTo("điểm");
    }

    @Test
    void rankStartsAtTheRankingVerb() {
        assertThat(extractor.extract("(xếp thứ 07/63 tỉnh, thành phố), đứng thứ 43/63 tỉnh thành. Xếp hạng 20/63."))
                .extracting(Figure::surface, Figure::value, Figure::kind, Figure::numerator, Figure::denominator,
                        Figure::unit)
                .containsExactly(
                        tuple("xếp thứ 07/63 tỉnh, thành phố", n("7"), FigureKind.RANK, n("7"), n("63"), "tỉnh, thành phố"),
                        tuple("đứng thứ 43/63 tỉnh thành", n("43"), FigureKind.RANK, n("43"), n("63"), "tỉnh thành"),
                        tuple("Xếp hạng 20/63", n("20"), FigureKind.RANK, n("20"), n("63"), null));
    }

    @Test
    void aRankMayBeWrittenThuHangOrViTriThu() {
        assertThat(extractor.extract("đạt thứ hạng 15/63; đứng ở vị trí thứ 5; xếp vị trí thứ 12 cả nước"))
                .extracting(Figure::surface, Figure::kind)
                .containsExactly(tuple("thứ hạng 15/63", FigureKind.RANK), tuple("vị trí thứ 5", FigureKind.RANK),
                        tuple("xếp vị trí thứ 12", FigureKind.RANK));
    }

    @Test
    void ordinalsAreNotRanks() {
        assertThat(extractor.extract("Hội nghị lần thứ 8 Ban Chấp hành; kỳ họp thứ 7 HĐND tỉnh; hạng 3")).isEmpty();
    }

    @Test
    void afterCungKyANumberIsAQuantity() {
        assertThat(only("giảm so với cùng kỳ 12 vụ việc").value()).isEqualByComparingTo("12");
    }

    @Test
    void rankChangeIsAChangeInBac() {
        Figure up = only("Chỉ số PCI năm 2022 tăng 7 bậc so với năm 2021");
        assertThat(up.surface()).isEqualTo("tăng 7 bậc");
        assertThat(up.kind()).isEqualTo(FigureKind.CHANGE);
        assertThat(up.unit()).isEqualTo("bậc");

        Figure down = only("SIPAS giảm 06 bậc so với năm trước");
        assertThat(down.value()).isEqualByComparingTo("6");
        assertThat(down.note()).isEqualTo("decrease ('giảm 06 bậc'), value kept positive");
    }

    @Test
    void multiplierIncludesGapAndLan() {
        Figure f = only("tăng 32 về số dự án và gấp 5,2 lần về số vốn");

        assertThat(f.surface()).isEqualTo("gấp 5,2 lần");
        assertThat(f.value()).isEqualByComparingTo("5.2");
        assertThat(f.unit()).isEqualTo("lần");
        assertThat(f.kind()).isEqualTo(FigureKind.MULTIPLIER);
    }

    @Test
    void countedNounRunsOverPairedNounsAndStopsAtTheVerb() {
        assertThat(only("Trong năm có 304 doanh nghiệp, đơn vị trực thuộc hoạt động trở lại").unit())
                .isEqualTo("doanh nghiệp, đơn vị trực thuộc");
        assertThat(only("có 03 Trung tâm IOC cấp huyện đã phát triển").unit()).isEqualTo("Trung tâm IOC cấp huyện");
    }

    @Test
    void aCountedNounMayStartWithASyllableThatIsAlsoAFunctionWord() {
        Figure f = only("UBND tỉnh tặng 20 Bằng khen cho tập thể");

        assertThat(f.unit()).isEqualTo("Bằng khen");
        assertThat(f.kind()).isEqualTo(FigureKind.COUNT);
    }

    @Test
    void workDaysAreCountedWhileDaysAreADuration() {
        assertThat(only("đóng góp hơn 3.200 ngày công và").unit()).isEqualTo("ngày công");
        assertThat(extractor.extract("trong 3 ngày, sau 5 năm")).isEmpty();
    }

    @Test
    void receptionsAndPeopleSeparatedByASlashAreTwoCounts() {
        assertThat(extractor.extract("tiếp 3.245 lượt/4.120 người, 36 đoàn đông người"))
                .extracting(Figure::surface)
                .containsExactly("3.245 lượt", "4.120 người", "36 đoàn đông người");
    }

    @Test
    void populationIsAQuantityAfterDanSo() {
        assertThat(only("dân số trên 1 triệu người, trong đó").value()).isEqualByComparingTo("1000000");
    }

    @Test
    void datesAreNotFigures() {
        assertThat(extractor.extract("Ngày 14/01/2021, Ban Dân vận tổ chức; chiều nay (5/4); ngày giải phóng 30/4, "
                + "Ngày Quốc khánh 2/9. Thứ Ba, 23/7/2024; tháng 5/2023; lúc 10:53; ngày 14 tháng 01 năm 2022")).isEmpty();
    }

    @Test
    void yearsPeriodsAndDurationsAreNotFigures() {
        assertThat(extractor.extract("năm 2023; Năm 2020, giai đoạn 2016 - 2021, nhiệm kỳ 2021-2026, nhiệm kỳ 2021 – 2026, "
                + "10 tháng đầu năm 2023, Sau 5 năm triển khai, theo lộ trình của Đề án đến 2025, trong 3 ngày")).isEmpty();
    }

    @Test
    void documentNumbersOrdinalsAndNamesAreNotFigures() {
        assertThat(extractor.extract("theo Nghị định số 107/2020/NĐ-CP và 27-KH/BDVTU, Quyết định 1493/QĐ-UBND, Đề án 06 "
                + "của Chính phủ; Đại hội lần thứ XIII, khóa XV, lần thứ 5, Điều 15 Luật, khoản 2; dịch Covid-19; đội "
                + "K72/Bộ chỉ huy; Sư đoàn 302 tổ chức; Quốc lộ 14")).isEmpty();
    }

    @Test
    void pageFurnitureIsNotAFigure() {
        assertThat(extractor.extract("Thứ tư - 10/01/2024 10:53 208 0\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n"
                + "  • Đang truy cập10\n  • Hôm nay600\n  • Tháng hiện tại47,475\n  • Tổng lượt truy cập1,451,698\n"
                + "hcm bdv001 hcm bdv002\nThời gian chờ: 60 giây")).isEmpty();
    }

    @Test
    void aBareNumberWithoutUnitIsNotAFigure() {
        assertThat(extractor.extract("mã 0271.3879.666; 1. Kết quả đạt được; số 10 đường Trần Hưng Đạo")).isEmpty();
    }

    @Test
    void totalBeforeTheNumberDoesNotMakeItADocumentNumber() {
        assertThat(only("với tổng số 10.132 đảng viên đăng ký").unit()).isEqualTo("đảng viên");
    }

    @Test
    void nfdInputGivesTheSameFiguresWithOffsetsIntoTheOriginal() {
        String nfc = "đã tiếp trên 38.500 lượt công dân, gần 6.500 mô hình dân vận khéo; đứng thứ 43/63 tỉnh thành; "
                + "tăng 7 bậc; gấp 5,2 lần; 4 tỷ 180 triệu USD; tỷ lệ giảm 1,41%.";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

        List<Figure> fromNfc = extractor.extract(nfc);
        List<Figure> fromNfd = extractor.extract(nfd);

        assertThat(fromNfd).hasSize(7).hasSameSizeAs(fromNfc);
        for (int i = 0; i < fromNfd.size(); i++) {
            Figure d = fromNfd.get(i);
            Figure c = fromNfc.get(i);
            assertThat(nfd.substring(d.start(), d.end())).isEqualTo(d.surface());
            assertThat(Normalizer.normalize(d.surface(), Normalizer.Form.NFC)).isEqualTo(c.surface());
            assertThat(tuple(d.value(), d.kind(), d.approx(), d.unit(), d.numerator(), d.denominator()))
                    .isEqualTo(tuple(c.value(), c.kind(), c.approx(), c.unit(), c.numerator(), c.denominator()));
        }
        assertThat(fromNfd.get(0).unit()).as("fields are NFC").isEqualTo("lượt công dân");
    }

    @Test
    void valuesAreExactDecimalsWithoutExponent() {
        assertThat(only("đạt 198.027 tỷ đồng.").value().toPlainString()).isEqualTo("198027000000000");
        assertThat(only("đạt 198.027 tỷ đồng.").value().toString()).isEqualTo("198027000000000");
        assertThat(only("đạt 100,0%").value().toString()).isEqualTo("100");
    }
}
