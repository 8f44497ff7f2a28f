package vn.danvan.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.document.ChainNode;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentRegistry.NewDocument;
import vn.danvan.document.DocumentSearch;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentType;
import vn.danvan.document.RelationKind;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/** REST API of the document registry. Reading is open to every signed-in user; changes need COORDINATOR, LEADER or ADMIN. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Văn bản", description = "Sổ văn bản: chỉ thị, nghị quyết, chương trình, kế hoạch và quan hệ giữa chúng")
class DocumentApi {

    private final DocumentRegistry registry;

    DocumentApi(DocumentRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Tìm văn bản (không phân biệt dấu) theo số, ký hiệu, trích yếu; lọc theo loại, cơ quan ban hành, năm, tình trạng; phân trang",
            description = "sort: date (mặc định, mới nhất trước), number, title, type, year; dir: asc|desc")
    Paged<DocumentDto> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) DocumentType type,
                              @RequestParam(required = false) String issuer,
                              @RequestParam(required = false) Long issuerOrganizationId,
                              @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) DocumentStatus status,
                              @RequestParam(required = false) String tag,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) String sort,
                              @RequestParam(required = false) String dir) {
        return registry.search(new DocumentSearch(q, type, issuer, issuerOrganizationId, year, status, tag),
                PageQuery.of(page, size, sort, dir == null && sort == null ? "desc" : dir)).map(DocumentDto::of);
    }

    @GetMapping("/candidates")
    @Operation(summary = "Các văn bản đã đăng ký có thể ứng với một trích dẫn (số, ký hiệu, năm hoặc ngày)")
    List<DocumentDto> candidates(@RequestParam String number, @RequestParam(required = false) String symbol,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return registry.candidates(number, symbol, year, date).stream().map(DocumentDto::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản, kèm quan hệ, chuỗi căn cứ (lên tới văn bản gốc) và cây văn bản thực hiện")
    DocumentDetail get(@PathVariable long id) {
        Document document = registry.get(id);
        List<RelationDto> relations = registry.relations(id).values().stream().flatMap(List::stream)
                .map(r -> new RelationDto(r.kind().name(), r.outgoing() ? "OUT" : "IN", DocumentDto.of(r.other()))).toList();
        return new DocumentDetail(DocumentDto.of(document), registry.tags(id), relations,
                registry.chainUp(id).stream().map(DocumentDto::of).toList(),
                registry.chainDown(id).stream().map(ChainDto::of).toList());
    }

    @PostMapping
    @PreAuthorize(DocumentController.EDITORS)
    @Operation(summary = "Đăng ký văn bản; trùng (cùng cơ quan, năm hoặc nhiệm kỳ, loại, số) bị từ chối với 400 problem detail")
    ResponseEntity<DocumentDto> create(@RequestBody NewDocumentDto request) {
        long id = registry.register(request.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(DocumentDto.of(registry.get(id)));
    }

    @PostMapping("/{id}/relations")
    @PreAuthorize(DocumentController.EDITORS)
    @Operation(summary = "Thêm quan hệ: văn bản {id} IMPLEMENTS | REPLACES | AMENDS | CITES văn bản toId")
    ResponseEntity<Map<String, Object>> relate(@PathVariable long id, @RequestBody RelationRequest request) {
        registry.relate(id, request.toId(), request.kind());
        return ResponseEntity.status(201).body(Map.of("fromId", id, "toId", request.toId(), "kind", request.kind().name()));
    }

    record NewDocumentDto(String numberSymbol, DocumentType type, String typeLabel, Integer year, String partyTerm,
                          Long issuerOrganizationId, String issuerName, LocalDate issueDate, String title,
                          DocumentStatus status, List<String> tags) {
        NewDocument toRequest() {
            return new NewDocument(numberSymbol, type, typeLabel, year, partyTerm, issuerOrganizationId, issuerName, issueDate,
                    title, status, tags);
        }
    }

    record RelationRequest(long toId, RelationKind kind) {
    }

    record DocumentDto(long id, String type, String typeName, String numberSymbol, String number, String symbol, String style,
                       Integer year, String partyTerm, Long issuerOrganizationId, String issuerName, LocalDate issueDate,
                       String title, String status, int version) {
        static DocumentDto of(Document d) {
            return new DocumentDto(d.id(), d.type().name(), d.typeName(), d.numberSymbol(), d.number(), d.symbol(),
                    d.style().name(), d.year(), d.partyTerm(), d.issuerOrganizationId(), d.issuerName(), d.issueDate(),
                    d.title(), d.status().name(), d.version());
        }
    }

    record RelationDto(String kind, String direction, DocumentDto other) {
    }

    record ChainDto(DocumentDto document, List<ChainDto> implementers) {
        static ChainDto of(ChainNode node) {
            return new ChainDto(DocumentDto.of(node.document()), node.implementers().stream().map(ChainDto::of).toList());
        }
    }

    record DocumentDetail(DocumentDto document, List<String> tags, List<RelationDto> relations, List<DocumentDto> chainUp,
                          List<ChainDto> chainDown) {
    }
}
