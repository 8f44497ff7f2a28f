package vn.danvan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.support.Workbooks.row;
import static vn.danvan.support.Workbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.system.SheetReader.Problem;

/** Reading the tables officials fill in with Excel: where the header is, what a cell says, why a file is refused. */
class SheetReaderTest {

    /** A small import: an ordinal, a name, a date and an amount. */
    enum Column implements SheetReader.Column {
        ORDINAL("STT", false, "stt") {
            @Override
            public boolean isData() {
                return false;
            }
        },
        NAME("Họ và tên", true, "ho va ten", "ten"),
        DAY("Ngày", true, "ngay"),
        AMOUNT("Số tiền", false, "so tien");

        private final SheetReader.Heading heading;

        Column(String header, boolean required, String... aliases) {
            this.heading = new SheetReader.Heading(header, required, aliases);
        }

        @Override
        public SheetReader.Heading heading() {
            return heading;
        }
    }

    record Line(int number, String name, String day, String amount, boolean amountIsNumber) {
    }

    private static final SheetReader<Column> READER = SheetReader.of(Column.class, "test.file.", 1024 * 1024, 3)
            .orCsv().headerWithin(5, 2);

    private static List<Line> read(SheetReader<Column> reader, String fileName, byte[] content) throws SheetReader.Unreadable {
        return reader.read(fileName, new ByteArrayInputStream(content), row -> new Line(row.number(), row.text(Column.NAME),
                row.text(Column.DAY), row.text(Column.AMOUNT), row.isNumber(Column.AMOUNT)));
    }

    private static List<Line> csv(String text) throws SheetReader.Unreadable {
        return read(READER, "bang.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static SheetReader.Unreadable refusal(SheetReader<Column> reader, String fileName, byte[] content) {
        try {
            read(reader, fileName, content);
        } catch (SheetReader.Unreadable e) {
            return e;
        }
        throw new AssertionError("the file was read");
    }

    private static SheetReader.Unreadable refusal(String fileName, byte[] content) {
        return refusal(READER, fileName, content);
    }

    @Test
    void theHeaderIsFoundUnderTheTitleRowsAndRowsKeepTheNumbersTheUserSees() throws Exception {
        byte[] xlsx = xlsx(sheet -> {
            row(sheet, 0, "KẾ HOẠCH chi trả năm 2026");
            row(sheet, 1, "(Kèm theo Kế hoạch số 44/KH-UBND)");
            row(sheet, 3, "STT", "Họ và tên", "Ngày", "Số tiền");
            row(sheet, 4, "1", "Nguyễn Văn A", "14/01/2026", "38500");
        });
        assertThat(read(READER, "bang.xlsx", xlsx)).containsExactly(new Line(5, "Nguyễn Văn A", "14/01/2026", "38500", false));
    }

    @Test
    void aTitleRowNamingTooFewColumnsIsNotTheHeader() throws Exception {
        List<Line> lines = csv("""
                Danh sách theo tên
                STT,Họ và tên,Ngày
                1,Trần Thị B,02/03/2026
                """);
        assertThat(lines).extracting(Line::number).containsExactly(3);
    }

    @Test
    void headersMatchIgnoringDiacriticsCasePunctuationAndANoteInBrackets() throws Exception {
        List<Line> lines = csv("HO VA TEN;ngay (dd/MM/yyyy);Số-tiền\nLê Văn C;01/02/2026;12\n");
        assertThat(lines).containsExactly(new Line(2, "Lê Văn C", "01/02/2026", "12", false));
        assertThat(SheetReader.column(Column.class, "  Họ và Tên ")).contains(Column.NAME);
        assertThat(SheetReader.column(Column.class, "Ghi chú")).isEmpty();
        assertThat(SheetReader.headerKey("Tỉnh / Thành Phố")).isEqualTo("tinh thanh pho");
    }

    @Test
    void emptyRowsAndRowsWithOnlyAnOrdinalAreSkipped() throws Exception {
        byte[] xlsx = xlsx(sheet -> {
            row(sheet, 0, "STT", "Họ và tên", "Ngày");
            row(sheet, 1, "1", "Nguyễn Văn A", "14/01/2026");
            row(sheet, 2, "", "  ", "");
            row(sheet, 4, "3");
            row(sheet, 5, "4", "Phạm Văn D", "15/01/2026", "", "a note in a column nobody reads");
            row(sheet, 6, "", "", "", "", "a note in a column nobody reads");
        });
        assertThat(read(READER, "bang.xlsx", xlsx)).extracting(Line::number).containsExactly(2, 6);
    }

    @Test
    void aDateCellIsReadAsDdMmYyyyAndANumberWithoutExcelsDecimals() throws Exception {
        byte[] xlsx = xlsx(sheet -> {
            row(sheet, 0, "Họ và tên", "Ngày", "Số tiền");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nguyễn Văn A");
            row.createCell(1).setCellValue(LocalDate.of(2026, 2, 14));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(38500.0);
            Row formula = sheet.createRow(2);
            formula.createCell(0).setCellValue("Trần Thị B");
            formula.createCell(1).setCellValue("1/9/2026");
            formula.createCell(2).setCellFormula("C2*2");
            // Excel stores a formula's last result in the file; that is what is read
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula.getCell(2));
        });
        assertThat(read(READER, "bang.xlsx", xlsx)).containsExactly(
                new Line(2, "Nguyễn Văn A", "14/02/2026", "38500", true),
                new Line(3, "Trần Thị B", "1/9/2026", "77000", true));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "null", value = {
        "14/02/2026, 2026-02-14",
        "1/9/2026,   2026-09-01",
        "2026-02-14, 2026-02-14",
        "31/02/2026, null",
        "29/02/2025, null",
        "hôm qua,    null",
        "'',         null"})
    void aDateWrittenAsTextIsDdMmYyyyOrIso(String text, LocalDate date) {
        assertThat(SheetReader.date(text)).isEqualTo(date);
    }

    @Test
    void textIsTrimmedAndInUnicodeNfc() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nguyễn  Văn A", java.text.Normalizer.Form.NFD);
        assertThat(csv("Họ và tên,Ngày\n  " + decomposed + " ,1/1/2026\n").get(0).name()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void aCsvSavedByExcelIsRead() throws Exception {
        assertThat(csv("\uFEFFHọ và tên;Ngày\nLê Văn C;01/02/2026\n")).containsExactly(new Line(2, "Lê Văn C", "01/02/2026", "", false));
        assertThat(csv("Họ và tên\tNgày\nLê Văn C\t01/02/2026\n").get(0).day()).isEqualTo("01/02/2026");
        assertThat(csv("Họ và tên,Ngày\n\"Lê Văn C, con\",01/02/2026\n").get(0).name()).isEqualTo("Lê Văn C, con");
    }

    @Test
    void theFolderSomeBrowsersSendIsNotPartOfTheName() {
        assertThat(SheetReader.displayName("C:\\Users\\can bo\\bang.xlsx")).isEqualTo("bang.xlsx");
        assertThat(SheetReader.displayName("tai-lieu/bang.csv")).isEqualTo("bang.csv");
        assertThat(SheetReader.displayName(null)).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithItsName() {
        SheetReader.Unreadable refusal = refusal("C:\\tai-lieu\\bang.xlsx", "Họ và tên,Ngày\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal.problem()).isEqualTo(Problem.BAD_XLSX);
        assertThat(refusal.key()).isEqualTo("test.file.badXlsx");
        assertThat(refusal.arguments()).containsExactly("bang.xlsx");
    }

    @Test
    void onlyXlsxAndWhereAcceptedCsvFilesAreRead() throws Exception {
        byte[] csv = "Họ và tên,Ngày\nLê Văn C,01/02/2026\n".getBytes(StandardCharsets.UTF_8);
        SheetReader<Column> xlsxOnly = SheetReader.of(Column.class, "test.file.", 1024 * 1024, 3);
        assertThat(refusal(xlsxOnly, "bang.csv", csv).problem()).isEqualTo(Problem.EXTENSION);
        assertThat(refusal("bang.xls", new byte[] {1}).arguments()).containsExactly("bang.xls");
        assertThat(refusal("bang.xls", new byte[] {1}).key()).isEqualTo("test.file.extension");
        assertThat(read(READER, "BANG.CSV", csv)).hasSize(1);
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThat(refusal("", new byte[] {1}).problem()).isEqualTo(Problem.EMPTY);
        assertThat(refusal("bang.xlsx", new byte[0]).problem()).isEqualTo(Problem.EMPTY);
        assertThat(refusal("bang.csv", "\uFEFF".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(Problem.NO_HEADER);
    }

    @Test
    void anUploadThatCannotBeReadIsRefused() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> READER.read("bang.xlsx", broken, row -> row))
                .isInstanceOfSatisfying(SheetReader.Unreadable.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInMegabytes() {
        SheetReader.Unreadable refusal = refusal("bang.csv", new byte[1024 * 1024 + 1]);
        assertThat(refusal.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(refusal.arguments()).containsExactly(1L);
    }

    @Test
    void moreDataRowsThanAllowedAreRefusedButBlankRowsDoNotCount() throws Exception {
        assertThat(csv("Họ và tên,Ngày\nA,1/1/2026\n\n\n,\nB,1/1/2026\nC,1/1/2026\n")).hasSize(3);
        SheetReader.Unreadable refusal = refusal("bang.csv", "Họ và tên,Ngày\nA,1/1/2026\nB,1/1/2026\nC,1/1/2026\nD,1/1/2026\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refusal.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(refusal.arguments()).containsExactly(3);
    }

    @Test
    void missingRequiredColumnsAreNamedInTheirOrder() {
        SheetReader.Unreadable refusal = refusal("bang.csv", "STT,Số tiền\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal.problem()).isEqualTo(Problem.MISSING_COLUMNS);
        assertThat(refusal.arguments()).containsExactly("Họ và tên, Ngày");
    }

    @Test
    void aHeaderBelowTheRowsSearchedIsNotFound() {
        String text = "tiêu đề\n".repeat(5) + "Họ và tên,Ngày\nA,1/1/2026\n";
        assertThat(refusal("bang.csv", text.getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(Problem.NO_HEADER);
    }

    @Test
    void aHeaderWithoutDataRowsIsRefused() {
        assertThat(refusal("bang.csv", "Họ và tên,Ngày\n\n,\n".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(Problem.NO_ROWS);
    }

    @Test
    void aCsvThatIsNotUtf8OrHasAnUnclosedQuoteIsRefused() {
        byte[] windows1252 = "Ho va ten,Ngay\nL\u00ea,1/1/2026\n".getBytes(Charset.forName("windows-1252"));
        assertThat(refusal("bang.csv", windows1252).problem()).isEqualTo(Problem.NOT_UTF8);
        SheetReader.Unreadable badQuote = refusal("bang.csv", "Họ và tên,Ngày\nA,1/1/2026\n\"B \"x\" y,1/1/2026\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(badQuote.problem()).isEqualTo(Problem.BAD_CSV);
        assertThat(badQuote.key()).isEqualTo("test.file.badCsv");
    }

    @Test
    void whereTheHeaderIsTheFirstRowAnyFirstRowIsTakenAsIt() {
        SheetReader<Column> firstRow = SheetReader.of(Column.class, "test.file.", 1024 * 1024, 3).orCsv();
        SheetReader.Unreadable refusal = refusal(firstRow, "bang.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal.problem()).isEqualTo(Problem.MISSING_COLUMNS);
        assertThat(refusal.arguments()).containsExactly("Họ và tên, Ngày");
    }
}
