package vn.danvan.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.document.internal.DocumentRepository;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseText;

/**
 * The registry of documents: registration under the numbering rules (a true duplicate is refused, see
 * {@link DocumentIdentity}), relations and the citation chain, search, tags and attachments. Documents are
 * public-sector records readable by every signed-in user; who may change them is checked by the web layer.
 */
@Service
public class DocumentRegistry {

    private static final int MAX_TAGS = 20;

    private final DocumentRepository documents;
    private final Organizations organizations;
    private final AttachmentStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentRegistry(DocumentRepository documents, Organizations organizations, AttachmentStore store,
                            AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.organizations = organizations;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What is needed to register a document.
     *
     * @param numberSymbol "16/CT-TTg", "107/2020/NĐ-CP", "27-KH/BDVTU"; blank for a law cited by name only
     * @param type         required when the number carries no known type abbreviation ("06/CP", "123/UBND-VX")
     * @param year         used when there is neither an issue date nor a year inside the number
     * @param partyTerm    "2020-2025"; derived from the issue date when blank
     */
    public record NewDocument(String numberSymbol, DocumentType type, String typeLabel, Integer year, String partyTerm,
                              Long issuerOrganizationId, String issuerName, LocalDate issueDate, String title,
                              DocumentStatus status, List<String> tags) {
    }

    @Transactional(readOnly = true)
    public Document get(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document.notFound"));
    }

    @Transactional(readOnly = true)
    public Paged<Document> search(DocumentSearch search, PageQuery page) {
        return documents.search(search, page);
    }

    /** For pickers (add a relation): up to {@code limit} documents matching the words, newest first. */
    @Transactional(readOnly = true)
    public List<Document> pick(String text, int limit) {
        return documents.pick(text, Math.min(Math.max(limit, 1), 50));
    }

    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    /**
     * The registered documents a citation may mean: same number (leading zeros ignored) and symbol (spaces and
     * case ignored), and, when given, the same year or issue date. Several answers mean the citation is
     * ambiguous (16/CT-TTg without a date); none means it is not registered yet.
     */
    @Transactional(readOnly = true)
    public List<Document> candidates(String number, String symbol, Integer year, LocalDate date) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        String wantedSymbol = symbol == null ? null : compact(symbol);
        return documents.findByNumberKey(numberKey(number)).stream()
                .filter(d -> wantedSymbol == null || wantedSymbol.equals(compact(d.symbol())))
                .filter(d -> year == null || d.year() == null || year.equals(d.year()))
                .filter(d -> date == null || (d.issueDate() == null ? d.year() == null || d.year() == date.getYear()
                        : d.issueDate().equals(date)))
                .toList();
    }

    @Transactional
    public long register(NewDocument request) {
        Document document = validate(0, 0, request);
        List<String> tags = tags(request.tags());
        DocumentRepository.Derived derived = derived(document, tags);
        documents.findByIdentity(derived.identityKey()).ifPresent(existing -> {
            throw new DuplicateDocument(existing);
        });
        long id;
        try {
            id = documents.insert(document, derived, OffsetDateTime.now(clock), actor());
        } catch (DuplicateKeyException race) {
            throw new DuplicateDocument(documents.findByIdentity(derived.identityKey()).orElseThrow(() -> race));
        }
        documents.replaceTags(id, tags);
        audit.record("DOCUMENT_CREATED", "document", id, document.shortCitation() + " — " + document.title());
        return id;
    }

    /** Changes a document opened at {@code version}; a concurrent change answers {@link ConcurrentChange}. */
    @Transactional
    public void update(long id, int version, NewDocument request) {
        Document before = get(id);
        Document document = validate(id, version, request);
        List<String> tags = tags(request.tags());
        DocumentRepository.Derived derived = derived(document, tags);
        Optional<Document> same = documents.findByIdentity(derived.identityKey()).filter(d -> d.id() != id);
        if (same.isPresent()) {
            throw new DuplicateDocument(same.get());
        }
        try {
            if (!documents.update(id, version, document, derived)) {
                throw new ConcurrentChange();
            }
        } catch (DuplicateKeyException race) {
            throw new DuplicateDocument(documents.findByIdentity(derived.identityKey()).orElseThrow(() -> race));
        }
        documents.replaceTags(id, tags);
        audit.record("DOCUMENT_UPDATED", "document", id, before.shortCitation() + " → " + document.shortCitation()
                + " — " + document.title());
    }

    @Transactional
    public void relate(long fromId, long toId, RelationKind kind) {
        if (kind == null) {
            throw new RuleViolation("document.relation.kind.required");
        }
        if (fromId == toId) {
            throw new RuleViolation("document.relation.self");
        }
        Document from = get(fromId);
        Document to = get(toId);
        if (documents.relationExists(fromId, toId, kind)) {
            throw new RuleViolation("document.relation.duplicate");
        }
        if (kind == RelationKind.IMPLEMENTS && DocumentChains.up(toId, id -> documents.targets(id, RelationKind.IMPLEMENTS)).contains(fromId)) {
            throw new RuleViolation("document.relation.cycle");
        }
        documents.insertRelation(fromId, toId, kind, OffsetDateTime.now(clock), actor());
        if (kind == RelationKind.REPLACES && to.status() == DocumentStatus.IN_FORCE) {
            documents.setStatus(toId, DocumentStatus.REPLACED);
        }
        audit.record("DOCUMENT_RELATED", "document", fromId, from.shortCitation() + " " + kind + " " + to.shortCitation());
    }

    @Transactional
    public void unrelate(long fromId, long toId, RelationKind kind) {
        Document from = get(fromId);
        Document to = get(toId);
        if (!documents.deleteRelation(fromId, toId, kind)) {
            throw new NotFoundException("document.relation.notFound");
        }
        if (kind == RelationKind.REPLACES && to.status() == DocumentStatus.REPLACED
                && documents.sources(toId, RelationKind.REPLACES).isEmpty()) {
            documents.setStatus(toId, DocumentStatus.IN_FORCE);
        }
        audit.record("DOCUMENT_UNRELATED", "document", fromId, from.shortCitation() + " " + kind + " " + to.shortCitation());
    }

    /** Every relation of a document, in both directions, grouped by kind in the order of {@link RelationKind}. */
    @Transactional(readOnly = true)
    public Map<RelationKind, List<DocumentRelation>> relations(long id) {
        List<Object[]> rows = documents.relationsOf(id);
        List<Long> others = rows.stream().map(r -> (long) r[0] == id ? (Long) r[1] : (Long) r[0]).distinct().toList();
        Map<Long, Document> byId = documents.findByIds(others).stream().collect(Collectors.toMap(Document::id, Function.identity()));
        Map<RelationKind, List<DocumentRelation>> grouped = new java.util.EnumMap<>(RelationKind.class);
        for (Object[] row : rows) {
            boolean outgoing = (long) row[0] == id;
            Document other = byId.get(outgoing ? (Long) row[1] : (Long) row[0]);
            grouped.computeIfAbsent((RelationKind) row[2], k -> new ArrayList<>()).add(new DocumentRelation((RelationKind) row[2], outgoing, other));
        }
        return grouped;
    }

    /** From this document up through what it implements to the root (the central directive); this document first. */
    @Transactional(readOnly = true)
    public List<Document> chainUp(long id) {
        get(id);
        List<Long> ids = DocumentChains.up(id, d -> documents.targets(d, RelationKind.IMPLEMENTS));
        Map<Long, Document> byId = documents.findByIds(ids).stream().collect(Collectors.toMap(Document::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** What implements this document, and what implements those, as a tree. */
    @Transactional(readOnly = true)
    public List<ChainNode> chainDown(long id) {
        get(id);
        List<DocumentChains.Node> nodes = DocumentChains.down(id, d -> documents.sources(d, RelationKind.IMPLEMENTS));
        List<Long> ids = new ArrayList<>();
        collect(nodes, ids);
        Map<Long, Document> byId = documents.findByIds(ids).stream().collect(Collectors.toMap(Document::id, Function.identity()));
        return toChain(nodes, byId);
    }

    private static void collect(List<DocumentChains.Node> nodes, List<Long> ids) {
        nodes.forEach(n -> {
            ids.add(n.id());
            collect(n.children(), ids);
        });
    }

    private static List<ChainNode> toChain(List<DocumentChains.Node> nodes, Map<Long, Document> byId) {
        return nodes.stream().map(n -> new ChainNode(byId.get(n.id()), toChain(n.children(), byId))).toList();
    }

    @Transactional(readOnly = true)
    public List<String> tags(long id) {
        return documents.tags(id);
    }

    /** The issuing organization and, for a former one, the organizations that carry on its work today. */
    @Transactional(readOnly = true)
    public Optional<Issuer> issuer(Document document) {
        if (document.issuerOrganizationId() == null) {
            return Optional.empty();
        }
        return organizations.find(document.issuerOrganizationId()).map(o -> new Issuer(o,
                o.isCurrent() ? List.of() : organizations.currentResponsible(o.id())));
    }

    /** An issuing organization and its successors in force (empty when it is itself in force). */
    public record Issuer(Organization organization, List<Organization> nowResponsible) {
    }

    // attachments

    @Transactional
    public Attachment attach(long documentId, String fileName, byte[] content) {
        Document document = get(documentId);
        String name = fileName == null ? "" : java.nio.file.Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (content == null || content.length == 0) {
            throw new RuleViolation("document.attachment.empty");
        }
        if (content.length > AttachmentFile.MAX_SIZE) {
            throw new RuleViolation("document.attachment.tooLarge");
        }
        if (name.isEmpty() || name.length() > 255) {
            throw new RuleViolation("document.attachment.name");
        }
        AttachmentFile kind = AttachmentFile.detect(name, content)
                .orElseThrow(() -> new RuleViolation("document.attachment.type", name));
        String sha256 = sha256(content);
        String key = store.put(content);
        long id = documents.insertAttachment(documentId, VietnameseText.normalize(name), kind.contentType(), content.length,
                sha256, key, OffsetDateTime.now(clock), actor());
        audit.record("DOCUMENT_ATTACHED", "document", documentId, document.shortCitation() + ": " + name + " (" + content.length + " B, sha256 " + sha256 + ")");
        return documents.attachment(documentId, id).orElseThrow();
    }

    /** Removes an attachment (a wrong file uploaded); the removal is audited with the file's SHA-256. */
    @Transactional
    public void detach(long documentId, long attachmentId) {
        Document document = get(documentId);
        Attachment attachment = attachment(documentId, attachmentId);
        documents.deleteAttachment(documentId, attachmentId);
        store.delete(attachment.storageKey());
        audit.record("DOCUMENT_DETACHED", "document", documentId, document.shortCitation() + ": " + attachment.fileName()
                + " (sha256 " + attachment.sha256() + ")");
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long documentId) {
        return documents.attachments(documentId);
    }

    @Transactional(readOnly = true)
    public Attachment attachment(long documentId, long attachmentId) {
        return documents.attachment(documentId, attachmentId).orElseThrow(() -> new NotFoundException("document.attachment.notFound"));
    }

    @Transactional(readOnly = true)
    public byte[] content(Attachment attachment) {
        return store.get(attachment.storageKey());
    }

    // rules

    private Document validate(long id, int version, NewDocument request) {
        String text = request.numberSymbol() == null ? "" : request.numberSymbol().strip();
        DocumentNumber parsed = null;
        if (!text.isEmpty()) {
            parsed = DocumentNumber.parse(text).orElseThrow(() -> new RuleViolation("document.number.invalid", text));
        }
        DocumentType type = request.type();
        if (parsed != null && parsed.type() != null && type != null && parsed.type() != type
                && !(parsed.type() == DocumentType.CV && parsed.style() == DocumentStyle.STATE)) {
            throw new RuleViolation("document.type.mismatch", parsed.type().abbreviation(), type.vietnameseName());
        }
        if (type == null) {
            type = parsed == null ? null : parsed.type();
        }
        if (type == null) {
            throw new RuleViolation("document.type.required");
        }
        DocumentStyle style = parsed == null ? DocumentStyle.STATE : parsed.style();
        if (!type.appliesTo(style)) {
            throw new RuleViolation("document.type.style", type.vietnameseName());
        }
        String title = VietnameseText.normalize(request.title());
        if (title == null || title.isEmpty()) {
            throw new RuleViolation("document.title.required");
        }
        if (title.length() > 2000) {
            throw new RuleViolation("document.title.tooLong");
        }
        Integer year = parsed != null && parsed.embeddedYear() != null ? parsed.embeddedYear()
                : request.issueDate() != null ? Integer.valueOf(request.issueDate().getYear()) : request.year();
        if (request.issueDate() != null && request.year() != null && request.year() != request.issueDate().getYear()
                && (parsed == null || parsed.embeddedYear() == null)) {
            throw new RuleViolation("document.year.mismatch");
        }
        if (year != null && (year < 1945 || year > LocalDate.now(clock).getYear() + 1)) {
            throw new RuleViolation("document.year.invalid");
        }
        if (request.issueDate() != null && request.issueDate().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new RuleViolation("document.date.future");
        }
        String term = null;
        if (style == DocumentStyle.PARTY) {
            if (request.partyTerm() != null && !request.partyTerm().isBlank()) {
                term = PartyTerm.normalize(request.partyTerm()).orElseThrow(() -> new RuleViolation("document.term.invalid"));
            } else {
                term = PartyTerm.of(request.issueDate(), parsed == null ? null : parsed.issuerPart()).orElse(null);
            }
        }
        String issuerName = VietnameseText.normalize(request.issuerName());
        if (issuerName != null && issuerName.isEmpty()) {
            issuerName = null;
        }
        if (request.issuerOrganizationId() != null) {
            Organization organization = organizations.find(request.issuerOrganizationId())
                    .orElseThrow(() -> new RuleViolation("document.issuer.unknown"));
            if (issuerName == null) {
                issuerName = organization.name();
            }
        }
        if (issuerName == null) {
            throw new RuleViolation("document.issuer.required");
        }
        if (issuerName.length() > 300) {
            throw new RuleViolation("document.issuer.tooLong");
        }
        String label = VietnameseText.normalize(request.typeLabel());
        if (label != null && (label.isEmpty() || label.equalsIgnoreCase(type.nameFor(style)))) {
            label = null;
        }
        DocumentStatus status = request.status() == null ? DocumentStatus.IN_FORCE : request.status();
        return new Document(id, type, label, parsed == null ? null : parsed.number(), parsed == null ? null : parsed.symbol(),
                style, parsed != null && parsed.embeddedYear() != null, year, term, request.issuerOrganizationId(),
                issuerName, request.issueDate(), title, status, version);
    }

    private static DocumentRepository.Derived derived(Document d, List<String> tags) {
        String identity = DocumentIdentity.key(d.style(), d.type(), d.number(), d.issuerPart(), d.year(), d.partyTerm(),
                d.issuerOrganizationId(), d.issuerName());
        if (d.number() == null) {
            // a law cited by name: its title is its identity
            identity = identity + "|" + VietnameseText.fold(d.title());
        }
        String search = DocumentRepository.searchText(d, tags);
        String issuerText = VietnameseText.searchText(d.issuerName(), d.issuerPart());
        return new DocumentRepository.Derived(truncate(identity, 400), numberKey(d.number()), truncate(search, 4000),
                truncate(issuerText, 800), VietnameseText.sortKey(d.title()));
    }

    static String numberKey(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String digits = number.strip().replaceFirst("^0+(?=\\d)", "");
        String leading = digits.replaceFirst("\\D.*$", "");
        return "0".repeat(Math.max(0, 10 - leading.length())) + digits;
    }

    private static String compact(String symbol) {
        return symbol == null ? "" : java.text.Normalizer.normalize(symbol, java.text.Normalizer.Form.NFC)
                .replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static List<String> tags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String value : raw) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String tag = VietnameseText.normalize(part);
                if (tag != null && !tag.isEmpty()) {
                    if (tag.length() > 60) {
                        throw new RuleViolation("document.tag.tooLong");
                    }
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolation("document.tag.tooMany", MAX_TAGS);
        }
        return new ArrayList<>(tags);
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
