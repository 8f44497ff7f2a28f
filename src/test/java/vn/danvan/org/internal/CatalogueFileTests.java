package vn.danvan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.support.Workbooks.row;
import static vn.danvan.support.Workbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import vn.danvan.system.SheetReader;

/** Reading catalogue files as the statistics office and Excel produce them (no Spring, no database). */
class CatalogueFileTests {

    private static List<CatalogueLine> csv(String text) throws SheetReader.Unreadable {
        return CatalogueFile.read("danh-muc.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String problem(String fileName, byte[] content) {
        try {
            CatalogueFile.read(fileName, new ByteArrayInputStream(content));
        } catch (SheetReader.Unreadable e) {
            return e.key();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void theNationalCataloguesEnglishHeadersAreRecognised() throws Exception {
        List<CatalogueLine> lines = csv("""
                commune_code,commune_name,level,province_code,province_name
                00070,Phường Hoàn Kiếm,Phường,01,Thành phố Hà Nội
                """);
        assertThat(lines).containsExactly(new CatalogueLine(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", "Thành phố Hà Nội"));
    }

    @Test
    void theGsoVietnameseHeadersAreRecognised() throws Exception {
        List<CatalogueLine> lines = csv("""
                Mã,Tên,Tên Tiếng Anh,Cấp,Mã TP,Tỉnh / Thành Phố
                00070,Phường Hoàn Kiếm,Hoan Kiem Ward,Phường,01,Thành phố Hà Nội
                """);
        assertThat(lines).containsExactly(new CatalogueLine(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", "Thành phố Hà Nội"));
        assertThat(csv("MÃ XÃ;TEN XA;cap;Ma tinh;Tên tỉnh\n05503;Xã Tân Cương;Xã;19;Thái Nguyên\n").get(0).communeCode())
                .isEqualTo("05503");
    }

    @Test
    void headersMatchWithoutDiacriticsCaseOrPunctuation() {
        assertThat(SheetReader.column(CatalogueColumn.class, "  Tỉnh/Thành phố ")).contains(CatalogueColumn.PROVINCE_NAME);
        assertThat(SheetReader.column(CatalogueColumn.class, "MÃ TP")).contains(CatalogueColumn.PROVINCE_CODE);
        assertThat(SheetReader.column(CatalogueColumn.class, "ma xa")).contains(CatalogueColumn.COMMUNE_CODE);
        assertThat(SheetReader.column(CatalogueColumn.class, "Province_Code")).contains(CatalogueColumn.PROVINCE_CODE);
        assertThat(SheetReader.column(CatalogueColumn.class, "Tên Tiếng Anh")).isEmpty();
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() throws Exception {
        List<CatalogueLine> lines = csv("\uFEFFcommune_code,commune_name,level,province_code\n00070,Phường Hoàn Kiếm,Phường,01\n");
        assertThat(lines.get(0).communeCode()).isEqualTo("00070");
        assertThat(lines.get(0).provinceName()).isEmpty();
    }

    @Test
    void rowNumbersAreThoseTheUserSeesWithTheHeaderAsRowOne() throws Exception {
        List<CatalogueLine> lines = csv("""
                Danh mục đơn vị hành chính cấp xã
                commune_code,commune_name,level,province_code

                00070,Phường Hoàn Kiếm,Phường,01
                "00082","Phường Cửa Nam",Phường,01
                """);
        assertThat(lines).extracting(CatalogueLine::number).containsExactly(4, 5);
        assertThat(lines.get(1).communeName()).isEqualTo("Phường Cửa Nam");
    }

    @Test
    void aCodeThatLostItsLeadingZerosInACsvStaysShortSoTheRulesReportItsLength() throws Exception {
        CatalogueLine line = csv("commune_code,commune_name,level,province_code\n4,Phường Ba Đình,Phường,1\n").get(0);
        assertThat(line.communeCode()).isEqualTo("4");
        assertThat(line.provinceCode()).isEqualTo("1");
        assertThat(CatalogueRules.communeCodeProblem(line.communeCode())).isPresent();
    }

    @Test
    void aNumericExcelCellGetsBackTheLeadingZerosExcelDropped() throws Exception {
        byte[] xlsx = xlsx(sheet -> {
            row(sheet, 0, "Mã xã", "Tên xã", "Cấp", "Mã tỉnh", "Tên tỉnh");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(4);
            row.createCell(1).setCellValue("Phường Ba Đình");
            row.createCell(2).setCellValue("Phường");
            row.createCell(3).setCellValue(1);
            row.createCell(4).setCellValue("Hà Nội");
            row(sheet, 2, "05503", "Xã Tân Cương", "Xã", "19", "Thái Nguyên");
        });
        List<CatalogueLine> lines = CatalogueFile.read("danh-muc.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(lines).containsExactly(
                new CatalogueLine(2, "00004", "Phường Ba Đình", "Phường", "01", "Hà Nội"),
                new CatalogueLine(3, "05503", "Xã Tân Cương", "Xã", "19", "Thái Nguyên"));
    }

    @Test
    void theDownloadedTemplateIsReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueTemplate.write("Danh mục xã", out);
        assertThat(CatalogueFile.read("mau.xlsx", new ByteArrayInputStream(out.toByteArray())))
                .containsExactly(new CatalogueLine(2, "05503", "Xã Tân Cương", "Xã", "19", "Thái Nguyên"));
    }

    @Test
    void onlyCsvAndXlsxFilesAreAccepted() {
        assertThat(problem("danh-muc.xls", new byte[] {1, 2, 3})).isEqualTo("catalogue.file.extension");
        assertThat(problem("danh-muc.pdf", new byte[] {1, 2, 3})).isEqualTo("catalogue.file.extension");
        assertThat(problem("", new byte[] {1})).isEqualTo("catalogue.file.empty");
        assertThat(problem("danh-muc.csv", new byte[0])).isEqualTo("catalogue.file.empty");
    }

    @Test
    void anXlsxThatPoiCannotOpenIsRefusedWithAClearMessage() {
        assertThat(problem("danh-muc.xlsx", "commune_code,commune_name\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("catalogue.file.badXlsx");
    }

    @Test
    void aCsvThatIsNotUtf8IsRefused() {
        byte[] windows1252 = "commune_code,commune_name,level,province_code\n00070,Phường Hoàn Kiếm,Phường,01\n"
                .replace("ư", "u").replace("ờ", "o").replace("à", "a").replace("ế", "e")
                .concat("00082,Ph\u00e9,Phuong,01\n").getBytes(Charset.forName("windows-1252"));
        assertThat(problem("danh-muc.csv", windows1252)).isEqualTo("catalogue.file.notUtf8");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        InputStream huge = new InputStream() {
            private long left = CatalogueFile.MAX_BYTES + 10;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        assertThatThrownBy(() -> CatalogueFile.read("danh-muc.csv", huge))
                .isInstanceOfSatisfying(SheetReader.Unreadable.class,
                        e -> assertThat(e.key()).isEqualTo("catalogue.file.tooLarge"));
    }

    @Test
    void aFileOverTwentyThousandRowsIsRefused() {
        StringBuilder text = new StringBuilder("commune_code,commune_name,level,province_code\n");
        for (int i = 0; i <= CatalogueFile.MAX_ROWS; i++) {
            text.append(String.format("%05d,Xã %d,Xã,01%n", i, i));
        }
        assertThat(problem("danh-muc.csv", text.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("catalogue.file.tooManyRows");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> csv("commune_code,commune_name,province_code\n00070,Phường Hoàn Kiếm,01\n"))
                .isInstanceOfSatisfying(SheetReader.Unreadable.class, e -> {
                    assertThat(e.key()).isEqualTo("catalogue.file.missingColumns");
                    assertThat(e.arguments()).containsExactly("Cấp");
                });
        assertThat(problem("danh-muc.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("catalogue.file.noHeader");
        assertThat(problem("danh-muc.csv", "commune_code,commune_name,level,province_code\n\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("catalogue.file.noRows");
    }

    @Test
    void aBrokenQuoteInACsvIsRefusedWithItsLine() {
        assertThat(problem("danh-muc.csv", "commune_code,commune_name,level,province_code\n00070,\"Phường \"Hoàn\" Kiếm,Phường,01\n"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("catalogue.file.badCsv");
    }

    @Test
    void namesAreTrimmedAndInUnicodeNfc() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Xã Tân Cương", java.text.Normalizer.Form.NFD);
        CatalogueLine line = csv("commune_code,commune_name,level,province_code\n 05503 ,  " + decomposed + "  ,Xã,19\n").get(0);
        assertThat(line.communeName()).isEqualTo("Xã Tân Cương");
        assertThat(line.communeCode()).isEqualTo("05503");
    }
}
