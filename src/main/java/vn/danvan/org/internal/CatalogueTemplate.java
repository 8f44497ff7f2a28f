package vn.danvan.org.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The catalogue template offered for download: the Vietnamese headers {@link CatalogueFile} reads, one example
 * row (a real commune of the demo province), and the code columns formatted as text so that Excel keeps the
 * leading zeros a user types.
 */
public final class CatalogueTemplate {

    private static final String[] EXAMPLE = {"05503", "Xã Tân Cương", "Xã", "19", "Thái Nguyên"};

    private CatalogueTemplate() {
    }

    public static void write(String sheetName, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CatalogueColumn[] columns = CatalogueColumn.values();
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < columns.length; i++) {
                Cell title = header.createCell(i);
                title.setCellValue(columns[i].header());
                title.setCellStyle(bold);
                Cell value = example.createCell(i);
                value.setCellValue(EXAMPLE[i]);
                boolean code = columns[i] == CatalogueColumn.COMMUNE_CODE || columns[i] == CatalogueColumn.PROVINCE_CODE;
                if (code) {
                    sheet.setDefaultColumnStyle(i, text);
                    value.setCellStyle(text);
                }
                sheet.setColumnWidth(i, 256 * (columns[i] == CatalogueColumn.COMMUNE_NAME ? 32 : 16));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }
}
