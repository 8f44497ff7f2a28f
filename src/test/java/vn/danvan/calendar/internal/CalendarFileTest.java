package vn.danvan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.danvan.system.SheetReader;

/** Reading the yearly calendar file as officials save it from Excel. */
class CalendarFileTest {

    @Test
    void aCsvSavedByExcelWithBomAndSemicolonsIsRead() throws Exception {
        String csv = "\uFEFFNgày;Loại;Lý do;Căn cứ\n22/08/2026;làm việc;Làm bù;TB 9441\n\n1/9/2026;nghỉ;Quốc khánh;BLLĐ\n";
        List<CalendarFile.Row4> rows = CalendarFile.read("lich.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new CalendarFile.Row4(2, "22/08/2026", "làm việc", "Làm bù", "TB 9441"));
        assertThat(rows.get(1).row()).isEqualTo(4);
        assertThat(SheetReader.date(rows.get(1).date())).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void columnsAreFoundWithoutDiacriticsAndInAnyOrder() throws Exception {
        String csv = "can cu,ly do,ngay,loai\nBLLĐ,Tết,17/02/2026,nghi\n";
        List<CalendarFile.Row4> rows = CalendarFile.read("x.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.get(0)).isEqualTo(new CalendarFile.Row4(2, "17/02/2026", "nghi", "Tết", "BLLĐ"));
    }

    @Test
    void anXlsxDateCellIsReadAsItsDate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lịch");
            Row header = sheet.createRow(0);
            String[] names = {"ngày", "loại", "lý do", "căn cứ"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2026, 2, 14));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue("nghỉ");
            row.createCell(2).setCellValue("Tết Nguyên Đán");
            row.createCell(3).setCellValue("Thông báo 9441/TB-BNV");
            workbook.write(out);
        }
        List<CalendarFile.Row4> rows = CalendarFile.read("lich.xlsx", new ByteArrayInputStream(out.toByteArray()));
        assertThat(rows).containsExactly(new CalendarFile.Row4(2, "14/02/2026", "nghỉ", "Tết Nguyên Đán", "Thông báo 9441/TB-BNV"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(SheetReader.date("31/02/2026")).isNull();
        assertThat(SheetReader.date("2026-02-14")).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(SheetReader.date("hôm qua")).isNull();
    }

    @Test
    void otherFileTypesAndMissingColumnsAreRefusedAsAWhole() {
        assertThatThrownBy(() -> CalendarFile.read("lich.xls", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(SheetReader.Unreadable.class).hasMessage("calendar.import.extension");
        assertThatThrownBy(() -> CalendarFile.read("lich.csv", new ByteArrayInputStream("ngày,lý do\n1/1/2031,x\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SheetReader.Unreadable.class).hasMessage("calendar.import.missingColumns");
        assertThatThrownBy(() -> CalendarFile.read("lich.xlsx", new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SheetReader.Unreadable.class).hasMessage("calendar.import.badXlsx");
    }
}
