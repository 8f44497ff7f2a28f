package vn.danvan.petition.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.reception.MatterCategory;

/**
 * The statistics as a workbook in the layout of the Government Inspectorate's reporting forms (biểu mẫu ban hành kèm
 * theo Thông tư 02/2021/TT-TTCP): a title, "Số liệu tính từ ngày … đến ngày …", two rows of merged Vietnamese
 * headers, a row of column numbers with their sums, one row per unit and the total. The column layout is our
 * reading of the forms and carries a cell comment saying so: it must be checked against the official text before a
 * sheet is sent as the official report. Columns the system does not record (e.g. the amounts recovered) are left
 * out rather than filled with zeros.
 */
final class StatisticsWorkbook {

    static final String VERIFY_NOTE = "Bố cục cột theo biểu mẫu ban hành kèm theo Thông tư 02/2021/TT-TTCP của Thanh tra Chính phủ "
            + "(cần đối chiếu với văn bản chính thức trước khi dùng làm báo cáo chính thức). ";

    /** A column: its header, and how the row's figures give its value (a long or a percentage, null for none). */
    record Column(String title, Function<UnitLine, Object> value) {
    }

    /** A header group: a title over several columns, or one column spanning both header rows when it has no group. */
    record Group(String title, List<Column> columns) {
        static Group single(Column column) {
            return new Group(null, List.of(column));
        }
    }

    /** A row of a sheet: the unit's name, its figures and its figures by category. */
    record UnitLine(String name, PetitionFigures figures, Map<MatterCategory, PetitionFigures> byCategory) {
        PetitionFigures of(MatterCategory category) {
            return byCategory.getOrDefault(category, PetitionFigures.ZERO);
        }
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle body;
    private final CellStyle bold;
    private final CellStyle percent;
    private final CellStyle boldPercent;
    private final CellStyle italic;
    private final CellStyle wrapped;

    StatisticsWorkbook() {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        boldFont.setFontName("Times New Roman");
        Font plainFont = workbook.createFont();
        plainFont.setFontName("Times New Roman");
        Font italicFont = workbook.createFont();
        italicFont.setItalic(true);
        italicFont.setFontName("Times New Roman");
        title = workbook.createCellStyle();
        title.setFont(boldFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        italic = workbook.createCellStyle();
        italic.setFont(italicFont);
        italic.setAlignment(HorizontalAlignment.CENTER);
        wrapped = workbook.createCellStyle();
        wrapped.setFont(plainFont);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        header = bordered(boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        body = bordered(plainFont);
        bold = bordered(boldFont);
        percent = bordered(plainFont);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        boldPercent = bordered(boldFont);
        boldPercent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    private CellStyle bordered(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** The five sheets: the summary, the reception form, the petition form, the complaint and denunciation forms. */
    static void write(PetitionStatistics.Report report, OutputStream out) throws IOException {
        StatisticsWorkbook book = new StatisticsWorkbook();
        List<UnitLine> rows = new ArrayList<>();
        for (PetitionStatistics.UnitRow r : report.byUnit()) {
            rows.add(new UnitLine(r.name(), r.figures(), report.byUnitAndCategory().getOrDefault(r.unitId(), Map.of())));
        }
        UnitLine total = new UnitLine("Tổng cộng", report.total(), report.byCategory());
        String range = "Số liệu tính " + report.period().dataRange();
        book.sheet("Tong hop", "TỔNG HỢP SỐ LIỆU TIẾP CÔNG DÂN, XỬ LÝ ĐƠN VÀ GIẢI QUYẾT VỤ VIỆC", null, range, report.sentence(),
                summaryGroups(), rows, total, "Tổng hợp từ các bản ghi của hệ thống; mỗi số liệu đối chiếu được với danh sách đơn, vụ việc tương ứng.");
        book.sheet("01-TCD", "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN", "Biểu số 01/TCD", range, null, receptionGroups(), rows, total,
                VERIFY_NOTE + "Chưa tách tiếp thường xuyên / định kỳ / đột xuất theo lượt.");
        book.sheet("01-XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN", "Biểu số 01/XLD", range, null, petitionGroups(), rows, total,
                VERIFY_NOTE + "Đơn tính theo ngày tiếp nhận trong kỳ; chưa có cột đơn kỳ trước chuyển sang.");
        book.sheet("KQGQ-KN", "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN", "Biểu số 01/KQGQ", range, null,
                resolutionGroups(MatterCategory.COMPLAINT), rows, total,
                VERIFY_NOTE + "Chưa có các cột phân tích kết quả (khiếu nại đúng/sai, kiến nghị thu hồi tiền, đất, xử lý hành chính).");
        book.sheet("KQGQ-TC", "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN", "Biểu số 02/KQGQ", range, null,
                resolutionGroups(MatterCategory.DENUNCIATION), rows, total,
                VERIFY_NOTE + "Chưa có các cột phân tích kết quả (tố cáo đúng/sai, kiến nghị thu hồi tiền, đất, xử lý hành chính).");
        book.workbook.write(out);
        book.workbook.close();
    }

    private static Column col(String title, Function<UnitLine, Object> value) {
        return new Column(title, value);
    }

    static List<Group> summaryGroups() {
        return List.of(
                new Group("Tiếp công dân", List.of(col("Số lượt", r -> r.figures().visits()), col("Số người", r -> r.figures().citizens()),
                        col("Đoàn đông người", r -> r.figures().crowdDelegations()))),
                new Group("Đơn", List.of(col("Tiếp nhận", r -> r.figures().received()), col("Đủ điều kiện xử lý", r -> r.figures().eligible()))),
                new Group("Vụ việc thuộc thẩm quyền", List.of(col("Phải giải quyết", r -> r.figures().cases()),
                        col("Đã giải quyết", r -> r.figures().resolved()), col("Đúng hạn", r -> r.figures().resolvedOnTime()),
                        col("Quá hạn", r -> r.figures().resolvedLate()), col("Đang giải quyết", r -> r.figures().pending()),
                        col("Trong đó quá hạn", r -> r.figures().overdue()))),
                new Group("Tỷ lệ (%)", List.of(col("Giải quyết", r -> r.figures().resolutionRate()),
                        col("Đúng hạn", r -> r.figures().onTimeRate()), col("Hài lòng", r -> r.figures().satisfactionRate()))));
    }

    static List<Group> receptionGroups() {
        return List.of(
                new Group("Tổng số", List.of(col("Số lượt", r -> r.figures().visits()), col("Số người", r -> r.figures().citizens()))),
                Group.single(col("Đoàn đông người (lượt)", r -> r.figures().crowdDelegations())),
                new Group("Phân loại theo nội dung (lượt)", List.of(
                        col("Khiếu nại", r -> r.of(MatterCategory.COMPLAINT).visits()),
                        col("Tố cáo", r -> r.of(MatterCategory.DENUNCIATION).visits()),
                        col("Kiến nghị", r -> r.of(MatterCategory.RECOMMENDATION).visits()),
                        col("Phản ánh", r -> r.of(MatterCategory.FEEDBACK).visits()))));
    }

    static List<Group> petitionGroups() {
        return List.of(
                Group.single(col("Tổng số đơn tiếp nhận trong kỳ", r -> r.figures().received())),
                new Group("Tình trạng xử lý", List.of(col("Đã xử lý", r -> r.figures().classified()),
                        col("Chưa xử lý", r -> r.figures().unclassified()))),
                Group.single(col("Đơn đủ điều kiện xử lý", r -> r.figures().eligible())),
                new Group("Phân loại theo nội dung", List.of(
                        col("Khiếu nại", r -> r.of(MatterCategory.COMPLAINT).received()),
                        col("Tố cáo", r -> r.of(MatterCategory.DENUNCIATION).received()),
                        col("Kiến nghị", r -> r.of(MatterCategory.RECOMMENDATION).received()),
                        col("Phản ánh", r -> r.of(MatterCategory.FEEDBACK).received()))),
                new Group("Kết quả xử lý đơn", List.of(col("Thụ lý", r -> r.figures().accepted()),
                        col("Gộp vào vụ việc đã có", r -> r.figures().attached()), col("Chuyển đơn", r -> r.figures().transferred()),
                        col("Hướng dẫn", r -> r.figures().guided()), col("Lưu đơn", r -> r.figures().archived()))),
                Group.single(col("Đơn đông người", r -> r.figures().crowdPetitions())));
    }

    static List<Group> resolutionGroups(MatterCategory category) {
        return List.of(
                new Group("Số vụ việc phải giải quyết", List.of(col("Tổng số", r -> r.of(category).cases()),
                        col("Kỳ trước chuyển sang", r -> r.of(category).casesCarriedOver()),
                        col("Thụ lý trong kỳ", r -> r.of(category).casesAccepted()))),
                new Group("Đã giải quyết", List.of(col("Tổng số", r -> r.of(category).resolved()),
                        col("Đúng hạn", r -> r.of(category).resolvedOnTime()), col("Quá hạn", r -> r.of(category).resolvedLate()))),
                new Group("Đang giải quyết", List.of(col("Tổng số", r -> r.of(category).pending()),
                        col("Trong đó quá hạn", r -> r.of(category).overdue()))),
                new Group("Tỷ lệ (%)", List.of(col("Giải quyết", r -> r.of(category).resolutionRate()),
                        col("Giải quyết đúng hạn", r -> r.of(category).onTimeRate()))),
                new Group("Mức độ hài lòng", List.of(col("Có ý kiến đánh giá", r -> r.of(category).satisfactionRated()),
                        col("Hài lòng", r -> r.of(category).satisfied()))));
    }

    /** Rows 0–3: form number, title, data range, attachment line; 5–6: headers; 7: column numbers; then units and the total. */
    static final int HEADER_ROW = 5;

    private void sheet(String name, String titleText, String formNumber, String range, String sentence, List<Group> groups,
                       List<UnitLine> rows, UnitLine total, String note) {
        Sheet sheet = workbook.createSheet(name);
        int columns = 2 + groups.stream().mapToInt(g -> g.columns().size()).sum();
        Row first = sheet.createRow(0);
        if (formNumber != null) {
            Cell form = first.createCell(columns - 3);
            form.setCellValue(formNumber);
            form.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, columns - 3, columns - 1));
        }
        Cell titleCell = line(sheet, 1, titleText, title, columns);
        comment(sheet, titleCell, note);
        line(sheet, 2, range, italic, columns);
        line(sheet, 3, sentence != null ? sentence : "(Kèm theo Báo cáo số …… ngày …… tháng …… năm …… của ……)",
                sentence != null ? wrapped : italic, columns);
        if (sentence != null) {
            sheet.getRow(3).setHeightInPoints(90);
        }

        Row top = sheet.createRow(HEADER_ROW);
        Row bottom = sheet.createRow(HEADER_ROW + 1);
        Row numbers = sheet.createRow(HEADER_ROW + 2);
        top.setHeightInPoints(32);
        bottom.setHeightInPoints(48);
        header(sheet, top, bottom, 0, "STT");
        header(sheet, top, bottom, 1, "Đơn vị");
        text(numbers, 0, "A", header);
        text(numbers, 1, "B", header);
        int c = 2;
        int number = 1;
        for (Group group : groups) {
            if (group.title() == null) {
                header(sheet, top, bottom, c, group.columns().get(0).title());
            } else {
                text(top, c, group.title(), header);
                for (int i = 1; i < group.columns().size(); i++) {
                    text(top, c + i, "", header);
                }
                if (group.columns().size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, c, c + group.columns().size() - 1));
                }
                for (int i = 0; i < group.columns().size(); i++) {
                    text(bottom, c + i, group.columns().get(i).title(), header);
                }
            }
            for (int i = 0; i < group.columns().size(); i++) {
                text(numbers, c + i, "(" + number++ + ")", header);
            }
            c += group.columns().size();
        }

        int r = HEADER_ROW + 3;
        int ordinal = 1;
        for (UnitLine row : rows) {
            values(sheet.createRow(r++), String.valueOf(ordinal++), row, groups, body, percent);
        }
        values(sheet.createRow(r), "", total, groups, bold, boldPercent);
        sheet.setColumnWidth(0, 256 * 6);
        sheet.setColumnWidth(1, 256 * 36);
        for (int i = 2; i < columns; i++) {
            sheet.setColumnWidth(i, 256 * 13);
        }
        sheet.createFreezePane(2, HEADER_ROW + 3);
    }

    private Cell line(Sheet sheet, int index, String text, CellStyle style, int columns) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        return cell;
    }

    private void header(Sheet sheet, Row top, Row bottom, int column, String text) {
        text(top, column, text, header);
        text(bottom, column, "", header);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, column, column));
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void values(Row row, String ordinal, UnitLine data, List<Group> groups, CellStyle style, CellStyle percentStyle) {
        text(row, 0, ordinal, style);
        text(row, 1, data.name(), style);
        int c = 2;
        for (Group group : groups) {
            for (Column column : group.columns()) {
                Object value = column.value().apply(data);
                Cell cell = row.createCell(c++);
                if (value instanceof BigDecimal decimal) {
                    cell.setCellValue(decimal.doubleValue());
                    cell.setCellStyle(percentStyle);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.longValue());
                    cell.setCellStyle(style);
                } else {
                    cell.setCellStyle(style);
                }
            }
        }
    }

    private void comment(Sheet sheet, Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        comment.setAuthor("DanVan");
        cell.setCellComment(comment);
    }
}
