package vn.danvan.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.ingest.DocumentCitation;
import vn.danvan.ingest.Extraction;
import vn.danvan.ingest.Figure;
import vn.danvan.ingest.ReadingWarning;

/** REST access to the citation and figure engine. */
@RestController
@RequestMapping("/api/v1/extract")
@Tag(name = "Đọc văn bản", description = "Tìm trích dẫn văn bản và số liệu trong văn bản tiếng Việt")
class ExtractApi {

    private final CitationLinks links;

    ExtractApi(CitationLinks links) {
        this.links = links;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đọc một đoạn văn bản (JSON {\"text\": …}): trích dẫn văn bản kèm kết quả đối chiếu sổ văn bản, và số liệu")
    Result extractText(@RequestBody TextRequest request) throws IOException {
        return result(ExtractionController.input(request.text(), null));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đọc một tệp .txt (UTF-8), .docx hoặc .pdf có lớp chữ")
    Result extractFile(@RequestParam("file") MultipartFile file) throws IOException {
        return result(ExtractionController.input(null, file));
    }

    private Result result(String text) {
        Extraction extraction = Extraction.of(text);
        List<DocumentDto> documents = links.resolve(extraction.documents()).stream().map(DocumentDto::of).toList();
        return new Result(documents, extraction.figures().stream().map(FigureDto::of).toList());
    }

    record TextRequest(String text) {
    }

    record Result(List<DocumentDto> documents, List<FigureDto> figures) {
    }

    record DocumentDto(String surface, int start, int end, String type, String number, String symbol, Integer year,
                       LocalDate date, String issuer, String style, String note, List<String> warnings,
                       String resolution, List<Long> registryIds, LocalDate suggestedDate) {
        static DocumentDto of(CitationLinks.LinkedCitation linked) {
            DocumentCitation c = linked.citation();
            return new DocumentDto(c.surface(), c.start(), c.end(), c.type().vietnameseName(), c.number(), c.symbol(),
                    c.year(), c.date(), c.issuer(), c.style() == null ? null : c.style().name().toLowerCase(java.util.Locale.ROOT),
                    c.note(), c.warnings().stream().map(ReadingWarning::code).toList(),
                    linked.resolution().name().toLowerCase(java.util.Locale.ROOT),
                    linked.matches().stream().map(CitationLinks.RegistryEntry::id).toList(), linked.suggestedDate());
        }
    }

    record FigureDto(String surface, int start, int end, BigDecimal value, String approx, String unit, String kind,
                     BigDecimal numerator, BigDecimal denominator, String note) {
        static FigureDto of(Figure f) {
            return new FigureDto(f.surface(), f.start(), f.end(), f.value(), f.approx(), f.unit(), f.kind().jsonName(),
                    f.numerator(), f.denominator(), f.note());
        }
    }
}
