package vn.danvan.program.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The task list to fill in: on the first sheet the Vietnamese headers {@link TaskImportFile} reads and nothing
 * else (an example row left in by mistake would be imported as a task), on the second how to write each column.
 * Every column is formatted as text, so that Excel keeps "01/04/2024" and "44/KH-UBND" as typed.
 */
public final class TaskImportTemplate {

    /** Column, required, how to write it, example; in the columns' order. */
    private static final String[][] GUIDE = {
        {"Không", "Số thứ tự, chỉ để dễ đối chiếu.", "1"},
        {"Không", "Tên nhóm nhiệm vụ (giải pháp). Nhóm chưa có trong kế hoạch sẽ được tạo mới.", "Công tác tuyên truyền"},
        {"Có", "Tên nhiệm vụ.", "Tổ chức hội nghị đối thoại với nhân dân"},
        {"Không", "Nội dung chi tiết.", "Đối thoại về giải phóng mặt bằng"},
        {"Không", "Sản phẩm dự kiến.", "Báo cáo kết quả đối thoại"},
        {"Có", "Tên, tên viết tắt hoặc mã của cơ quan chủ trì (có dấu hoặc không dấu).", "Sở Nội vụ"},
        {"Không", "Các cơ quan phối hợp, cách nhau bởi dấu chấm phẩy (;).", "Sở Y tế; Hội Nông dân tỉnh"},
        {"Có", "Một ngày (dd/MM/yyyy), một quý, 6 tháng, cả năm, hoặc Thường xuyên; phải thuộc năm của kế hoạch.",
            "31/03/2024 · Quý I/2024 · 6 tháng đầu năm 2024 · Năm 2024 · Thường xuyên · Thường xuyên (hằng tháng)"},
        {"Không", "Số, ký hiệu các văn bản căn cứ đã có trong sổ văn bản, cách nhau bởi dấu chấm phẩy; thêm ngày ban hành khi"
            + " trùng số, ký hiệu.", "44/KH-UBND; 16/CT-TTg ngày 31/03/2020"},
        {"Không", "Cao, Bình thường hoặc Thấp; để trống là Bình thường.", "Cao"},
        {"Không", "Số nguyên từ 1 đến 100; để trống là 1.", "2"},
    };

    private TaskImportTemplate() {
    }

    public static void write(String sheetName, String guideSheetName, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet sheet = workbook.createSheet(sheetName);
            TaskImportColumn[] columns = TaskImportColumn.values();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                Cell title = header.createCell(i);
                title.setCellValue(columns[i].header());
                title.setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 256 * switch (columns[i]) {
                    case ORDINAL, PRIORITY, WEIGHT -> 10;
                    case TITLE, DESCRIPTION -> 48;
                    default -> 26;
                });
            }
            sheet.createFreezePane(0, 1);

            Sheet guide = workbook.createSheet(guideSheetName);
            String[] guideHeader = {"Cột", "Bắt buộc", "Cách ghi", "Ví dụ"};
            Row guideTitle = guide.createRow(0);
            for (int i = 0; i < guideHeader.length; i++) {
                Cell cell = guideTitle.createCell(i);
                cell.setCellValue(guideHeader[i]);
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < columns.length; i++) {
                Row row = guide.createRow(i + 1);
                row.createCell(0).setCellValue(columns[i].header());
                row.createCell(1).setCellValue(columns[i].required() ? "Có" : "Không");
                Cell how = row.createCell(2);
                how.setCellValue(GUIDE[i][1]);
                how.setCellStyle(wrap);
                Cell example = row.createCell(3);
                example.setCellValue(GUIDE[i][2]);
                example.setCellStyle(wrap);
            }
            guide.setColumnWidth(0, 256 * 20);
            guide.setColumnWidth(1, 256 * 10);
            guide.setColumnWidth(2, 256 * 60);
            guide.setColumnWidth(3, 256 * 40);
            workbook.write(out);
        }
    }
}
