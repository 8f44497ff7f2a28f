package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbering per Nghị định 30/2020/NĐ-CP (State: number/symbol) and Hướng dẫn 36-HD/VPTW (Party:
 * number-symbol). One grammar serves the registry's form box ({@link DocumentNumber#parse}) and the citation
 * engine's prose ({@link DocumentNumber#IN_PROSE}).
 */
class DocumentNumberTest {

    private static final Pattern IN_PROSE = Pattern.compile(DocumentNumber.IN_PROSE);

    // ---- real citations: every distinct numbered citation of the seed corpus and its gold annotation ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ          | 16   | CT-TTg             | -    | STATE | Chỉ thị
            Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ                  | 42   | NQ-CP              | -    | STATE | Nghị quyết
            Nghị định số 107/2020/NĐ-CP                                          | 107  | NĐ-CP              | 2020 | STATE | Nghị định
            Nghị định số 120/2020/NĐ-CP của Chính phủ                            | 120  | NĐ-CP              | 2020 | STATE | Nghị định
            Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016 giữa Ban | 79   | CTr/BDVTW-BCSĐCP   | -    | PARTY | Chương trình phối hợp
            Chương trình hành động số 01-CTr/TU ngày 21/7/2021                    | 01   | CTr/TU             | -    | PARTY | Chương trình hành động
            Chương trình phối hợp số 06-CTr/BDVTU- BCSĐUBND ngày 14/01/2022       | 06   | CTr/BDVTU-BCSĐUBND | -    | PARTY | Chương trình phối hợp
            Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND                             | 27   | KH/BDVTU-BCSĐUBND  | -    | PARTY | Kế hoạch phối hợp
            Kế hoạch số 44/KH-UBND ngày 14/02/2023                                | 44   | KH-UBND            | -    | STATE | Kế hoạch
            Chương trình hành động số 36/CTr-UBND ngày 03/02/2023                 | 36   | CTr-UBND           | -    | STATE | Chương trình hành động
            Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ                  | 01   | NQ-CP              | -    | STATE | Nghị quyết
            Quyết định 1493/QĐ-UBND ngày 14/9/2023                                | 1493 | QĐ-UBND            | -    | STATE | Quyết định
            Đề án 06/CP                                                           | 06   | CP                 | -    | STATE | -
            Quyết định số 346/QĐ-TTg ngày 06/4/2023 của Thủ tướng Chính phủ       | 346  | QĐ-TTg             | -    | STATE | Quyết định
            Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị              | 217  | QĐ/TW              | -    | PARTY | Quyết định
            Quy chế số 19-QC/TU của Tỉnh ủy                                       | 19   | QC/TU              | -    | PARTY | Quy chế
            """)
    void seedCitationsReadAsTheirGoldAnnotation(String surface, String number, String symbol, Integer year,
                                                DocumentStyle style, String typeName) {
        Matcher m = IN_PROSE.matcher(surface);
        assertThat(m.find()).isTrue();
        DocumentNumber found = DocumentNumber.from(m);

        assertThat(found.number()).isEqualTo(number);
        assertThat(found.symbol()).isEqualTo(symbol);
        assertThat(found.embeddedYear()).isEqualTo(year);
        assertThat(found.style()).isEqualTo(style);
        // the citation may name a longer type ("Chương trình phối hợp") whose symbol carries the base one (CTr)
        if (typeName == null) {
            assertThat(found.type()).as("a short code names no type").isNull();
        } else {
            assertThat(typeName).startsWith(found.type().nameFor(style));
        }
        assertThat(m.find()).as("one number in the citation").isFalse();
        assertThat(DocumentNumber.parse(found.display())).contains(found);
    }

    // ---- State numbering ----

    @Test
    void stateNumberIsNumberSlashTypeHyphenIssuer() {
        DocumentNumber n = DocumentNumber.parse("16/CT-TTg").orElseThrow();

        assertThat(n).isEqualTo(new DocumentNumber("16", "CT-TTg", DocumentStyle.STATE, DocumentType.CT, "TTg", null));
        assertThat(n.typeAbbreviation()).isEqualTo("CT");
        assertThat(n.issuerAbbreviation()).isEqualTo("TTg");
        assertThat(n.display()).isEqualTo("16/CT-TTg").isEqualTo(n.toString());
    }

    @Test
    void legalNormativeStateNumberCarriesTheYearBetweenNumberAndSymbol() {
        DocumentNumber n = DocumentNumber.parse("Số: 107/2020/NĐ-CP").orElseThrow();

        assertThat(n.number()).isEqualTo("107");
        assertThat(n.symbol()).isEqualTo("NĐ-CP");
        assertThat(n.embeddedYear()).isEqualTo(2020);
        assertThat(n.type()).isEqualTo(DocumentType.ND);
        assertThat(n.display()).isEqualTo("107/2020/NĐ-CP");
    }

    @Test
    void aStateCongVanHasNoTypeAbbreviationOnlyIssuerAndDraftingUnit() {
        DocumentNumber n = DocumentNumber.parse("Số: 123/UBND-VX").orElseThrow();

        assertThat(n.type()).isEqualTo(DocumentType.CV);
        assertThat(n.style()).isEqualTo(DocumentStyle.STATE);
        assertThat(n.symbol()).isEqualTo("UBND-VX");
        assertThat(n.typeAbbreviation()).isNull();
        assertThat(n.issuerPart()).as("the identity keeps the drafting unit").isEqualTo("UBND-VX");
        assertThat(n.issuerAbbreviation()).as("the issuing body alone").isEqualTo("UBND");
    }

    @Test
    void lawsAndShortCodes() {
        DocumentNumber law = DocumentNumber.parse("10/2022/QH15").orElseThrow();
        assertThat(law.type()).isEqualTo(DocumentType.L);
        assertThat(law.embeddedYear()).isEqualTo(2022);
        assertThat(law.issuerAbbreviation()).isEqualTo("QH15");

        DocumentNumber shortCode = DocumentNumber.parse("06/CP").orElseThrow();
        assertThat(shortCode.style()).isEqualTo(DocumentStyle.STATE);
        assertThat(shortCode.type()).isNull();
        assertThat(shortCode.typeAbbreviation()).isNull();
        assertThat(shortCode.issuerPart()).isEqualTo("CP");
    }

    @Test
    void appendixOneAbbreviationsWithoutARegistryTypeStillSplitTheSymbol() {
        DocumentNumber joint = DocumentNumber.parse("03/2015/TTLT-BNV-BTC").orElseThrow();

        assertThat(joint.typeAbbreviation()).isEqualTo("TTLT");
        assertThat(joint.issuerPart()).isEqualTo("BNV-BTC");
        assertThat(joint.type()).as("not a công văn: the person registering it picks the type").isNull();
    }

    // ---- Party numbering ----

    @Test
    void partyNumberIsNumberHyphenTypeSlashIssuer() {
        DocumentNumber n = DocumentNumber.parse("số 217-QĐ/TW").orElseThrow();

        assertThat(n).isEqualTo(new DocumentNumber("217", "QĐ/TW", DocumentStyle.PARTY, DocumentType.QD, "TW", null));
        assertThat(n.typeAbbreviation()).isEqualTo("QĐ");
        assertThat(n.issuerAbbreviation()).isEqualTo("TW");
        assertThat(n.display()).isEqualTo("217-QĐ/TW");
    }

    @Test
    void jointPartyDocumentsKeepLeadingZerosAndLoseStraySpaces() {
        DocumentNumber n = DocumentNumber.parse("Số 06-CTr/BDVTU- BCSĐUBND").orElseThrow();

        assertThat(n).isEqualTo(new DocumentNumber("06", "CTr/BDVTU-BCSĐUBND", DocumentStyle.PARTY, DocumentType.CTR,
                "BDVTU-BCSĐUBND", null));
        assertThat(n.issuerAbbreviation()).isEqualTo("BDVTU-BCSĐUBND");
        assertThat(n.display()).isEqualTo("06-CTr/BDVTU-BCSĐUBND");
        assertThat(DocumentNumber.parse("27 - KH/BDVTU").orElseThrow().symbol()).isEqualTo("KH/BDVTU");
        assertThat(DocumentNumber.parse("36-HD/VPTW").orElseThrow().issuerPart()).isEqualTo("VPTW");
    }

    @Test
    void partyQuyDinhIsQDiPartyCongVanCarriesCvAndTtIsThongTri() {
        assertThat(DocumentNumber.parse("66-QĐi/TW").orElseThrow().type()).isEqualTo(DocumentType.QDI);
        assertThat(DocumentNumber.parse("11-QĐi/TW").orElseThrow().typeAbbreviation()).isEqualTo("QĐi");
        assertThat(DocumentNumber.parse("395-CV/BDVTU").orElseThrow().type()).isEqualTo(DocumentType.CV);
        DocumentNumber thongTri = DocumentNumber.parse("12-TT/TW").orElseThrow();
        assertThat(thongTri.type().nameFor(thongTri.style())).isEqualTo("Thông tri");
        assertThat(DocumentType.TT.nameFor(DocumentStyle.STATE)).isEqualTo("Thông tư");
    }

    // ---- what a form box tolerates ----

    @ParameterizedTest
    @ValueSource(strings = {"16 / CT – TTg", "số: 16/CT-TTg", "so 16/CT-TTg", "  16/CT‑TTg  "})
    void aTypedNumberMayCarrySpacesAroundItsJointsOtherDashesAndTheWordSo(String typed) {
        assertThat(DocumentNumber.parse(typed).orElseThrow().display()).isEqualTo("16/CT-TTg");
    }

    @Test
    void aTypedNumberMayBeLongerThanOneCitedInProse() {
        assertThat(DocumentNumber.parse("123456/CT-TTg").orElseThrow().number()).isEqualTo("123456");
        assertThat(IN_PROSE.matcher("số 123456/CT-TTg").find()).isFalse();
    }

    @Test
    void decomposedInputIsReadAsComposed() {
        String nfd = Normalizer.normalize("107/2020/NĐ-CP", Normalizer.Form.NFD);

        DocumentNumber n = DocumentNumber.parse(nfd).orElseThrow();
        assertThat(n.symbol()).isEqualTo("NĐ-CP");
        assertThat(n.type()).isEqualTo(DocumentType.ND);
    }

    // ---- what is not a number-symbol ----

    @ParameterizedTest
    @ValueSource(strings = {"Chỉ thị mười sáu", "", "16/", "16/5/2016", "73/102", "Covid-19", "44/KH-UBND về việc",
            "16/ct-ttg", "12a/KH-UBND", "16/CT-TTg/2020"})
    void datesRatiosWordsAndTrailingTextAreNotDocumentNumbers(String written) {
        assertThat(DocumentNumber.parse(written)).isEmpty();
    }

    @Test
    void nothingIsNotANumber() {
        assertThat(DocumentNumber.parse(null)).isEmpty();
    }

    @Test
    void aNumberIsDigitsAndHasASymbol() {
        assertThatThrownBy(() -> new DocumentNumber("44", "", DocumentStyle.STATE, null, "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("4a", "KH-UBND", DocumentStyle.STATE, DocumentType.KH, "UBND", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- seeded property: what is written is read back, alone and inside a sentence ----

    private static final List<String> STATE_TYPES = List.of("CT", "NQ", "NĐ", "QĐ", "KH", "CTr", "TB", "BC", "TTLT", "");
    private static final List<String> PARTY_TYPES = List.of("CT", "NQ", "QĐ", "QĐi", "KH", "CTr", "HD", "KL", "CV", "TT");
    private static final List<String> ISSUERS = List.of("TTg", "CP", "UBND", "TU", "BDVTU", "TW", "VPTW", "QH15",
            "BCSĐUBND", "HĐND");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWrittenNumberSymbolIsReadBackAloneAndInProse(long seed) {
        Random random = new Random(seed);
        String number = (random.nextInt(4) == 0 ? "0" : "") + (1 + random.nextInt(9999));
        String issuer = ISSUERS.get(random.nextInt(ISSUERS.size()))
                + (random.nextInt(3) == 0 ? "-" + ISSUERS.get(random.nextInt(ISSUERS.size())) : "");
        boolean party = random.nextBoolean();
        String symbol;
        Integer year = null;
        if (party) {
            symbol = PARTY_TYPES.get(random.nextInt(PARTY_TYPES.size())) + "/" + issuer;
        } else {
            String type = STATE_TYPES.get(random.nextInt(STATE_TYPES.size()));
            symbol = type.isEmpty() ? issuer : type + "-" + issuer;
            year = random.nextInt(3) == 0 ? 1990 + random.nextInt(36) : null;
        }
        DocumentStyle style = party ? DocumentStyle.PARTY : DocumentStyle.STATE;
        String canonical = DocumentNumber.format(number, symbol, style, year);
        // typing sometimes leaves a space after a hyphen between issuers
        String written = random.nextInt(4) == 0 ? canonical.replaceFirst("-(?=[^-]*$)(?=-?\\p{Lu}{2})", "- ") : canonical;

        DocumentNumber alone = DocumentNumber.parse(written).orElseThrow();
        assertThat(alone.display()).isEqualTo(canonical);
        assertThat(alone.number()).isEqualTo(number);
        assertThat(alone.embeddedYear()).isEqualTo(year);
        assertThat(alone.style()).isEqualTo(style);

        String sentence = "Thực hiện văn bản số " + written + " ngày 14/02/2023 - Về việc triển khai, đạt 73/102 nhiệm vụ.";
        Matcher m = IN_PROSE.matcher(sentence);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo(written);
        assertThat(DocumentNumber.from(m)).isEqualTo(alone);
        assertThat(m.find()).as("neither the date nor the ratio is a number-symbol").isFalse();
    }
}
