package vn.danvan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx files written in a test, as a person would fill them in Excel. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook of one sheet, as the writer fills it. */
    public static byte[] xlsx(Consumer<Sheet> writer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.accept(workbook.createSheet("Trang 1"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A row of text cells from the first column on. */
    public static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
