package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.document.AttachmentFile;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.CitizenId;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.petition.internal.PetitionRepository.StoredPetitioner;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.VisitLinks;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.IdentityCipher;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Petitions (đơn thư): intake from every channel, duplicate suggestions, classification (xử lý đơn) with the
 * outcomes the law provides, the protected identity of denouncers and the transfer slip. Reads and writes are
 * limited to the caller's {@link Visibility}; an invisible petition answers 404.
 */
@Service
public class Petitions {

    static final Set<Role> INTAKE_ROLES = EnumSet.of(Role.CASE_HANDLER, Role.UNIT_OFFICER, Role.LEADER, Role.ADMIN);
    /** Luật Tiếp công dân 2013, Art. 7 / Nghị định 64/2014: five or more people on one matter. */
    public static final int CROWD_THRESHOLD = 5;
    static final int MAX_PETITIONERS = 200;
    static final int MAX_ATTACHMENTS = 10;

    private final PetitionRepository repository;
    private final LegalRules rules;
    private final Cases cases;
    private final WorkingCalendar calendar;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final IdentityCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<VisitLinks> visitLinks;

    public Petitions(PetitionRepository repository, LegalRules rules, Cases cases, WorkingCalendar calendar, Organizations organizations,
                     AdministrativeMap map, IdentityCipher cipher, AuditTrail audit, Clock clock, ObjectProvider<VisitLinks> visitLinks) {
        this.repository = repository;
        this.rules = rules;
        this.cases = cases;
        this.calendar = calendar;
        this.organizations = organizations;
        this.map = map;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.visitLinks = visitLinks;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    // --- intake

    public record NewPetitioner(String fullName, String address, String idNumber, String phone, Boolean representative) {
        public boolean isRepresentative() {
            return Boolean.TRUE.equals(representative);
        }
    }

    public record NewAttachment(String fileName, byte[] content, boolean signature) {
    }

    /**
     * @param receivingOrganizationId defaults to the caller's organization
     * @param unitId                  where the matter arises; defaults to the receiving organization's unit
     * @param respondent              the agency or person complained about / denounced
     * @param crowdSize               for a crowd delegation, how many people came (the petitioners are its representatives)
     * @param severalPlaces           a denunciation needing verification in several places (10 instead of 7 working days)
     */
    /** Boxed flags: a JSON request may leave them out (false). */
    public record NewPetition(Channel channel, String sourceAgency, MatterCategory category, MatterField field, LocalDate receivedOn,
                              Long receivingOrganizationId, Long unitId, String respondent, String content, Boolean crowd,
                              Integer crowdSize, Long visitId, Boolean severalPlaces, List<NewPetitioner> petitioners,
                              List<NewAttachment> attachments) {
    }

    public record Intake(long id, String trackingCode, LocalDate classifyDue, List<Long> possibleDuplicates) {
    }

    /** One transaction, primary-key and indexed lookups only (the intake is load-tested at ≥ 200 petitions/s). */
    @Transactional
    public Intake receive(NewPetition request, DanVanUser user) {
        if (!INTAKE_ROLES.contains(user.role())) {
            throw new AccessDeniedException("petition.intake");
        }
        if (request.channel() == null) {
            throw new RuleViolation("petition.channel.required");
        }
        if (request.category() == null) {
            throw new RuleViolation("petition.category.required");
        }
        if (request.field() == null) {
            throw new RuleViolation("petition.field.required");
        }
        LocalDate today = today();
        if (request.receivedOn() == null) {
            throw new RuleViolation("petition.receivedOn.required");
        }
        if (request.receivedOn().isAfter(today)) {
            throw new RuleViolation("petition.receivedOn.future", VietnameseFormat.date(request.receivedOn()));
        }
        String sourceAgency = Cases.blankToNull(request.sourceAgency());
        if (request.channel() == Channel.TRANSFERRED && sourceAgency == null) {
            throw new RuleViolation("petition.sourceAgency.required");
        }
        String content = Cases.required(request.content(), "petition.content.required", 8000);
        String respondent = Cases.blankToNull(request.respondent());
        if (respondent != null && respondent.length() > 500) {
            throw new RuleViolation("petition.tooLong", 500);
        }
        Long orgId = request.receivingOrganizationId() != null ? request.receivingOrganizationId() : user.organizationId();
        if (orgId == null) {
            throw new RuleViolation("petition.organization.required");
        }
        Organization receiving = organizations.find(orgId).filter(Organization::isCurrent)
                .orElseThrow(() -> new RuleViolation("petition.organization.required"));
        Visibility visibility = Visibility.of(user);
        AdministrativeUnit orgUnit = map.find(receiving.unitId()).orElseThrow();
        if (!visibility.covers(orgUnit.rollupPath(), receiving.path())) {
            throw new RuleViolation("petition.organization.outOfScope");
        }
        AdministrativeUnit unit = request.unitId() == null ? orgUnit
                : map.find(request.unitId()).orElseThrow(() -> new RuleViolation("petition.unit.invalid"));
        List<NewPetitioner> people = request.petitioners() == null ? List.of()
                : request.petitioners().stream().filter(p -> p != null && !isBlank(p)).toList();
        if (people.size() > MAX_PETITIONERS) {
            throw new RuleViolation("petition.petitioners.tooMany", MAX_PETITIONERS);
        }
        int count = Math.max(people.size(), request.crowdSize() == null ? 0 : request.crowdSize());
        boolean crowd = Boolean.TRUE.equals(request.crowd());
        if (crowd && count < CROWD_THRESHOLD) {
            throw new RuleViolation("petition.crowd.tooSmall", CROWD_THRESHOLD);
        }
        List<NewAttachment> files = request.attachments() == null ? List.of()
                : request.attachments().stream().filter(a -> a != null && a.content() != null && a.content().length > 0).toList();
        if (files.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("petition.attachments.tooMany", MAX_ATTACHMENTS);
        }
        List<String> contentTypes = new ArrayList<>();
        for (NewAttachment file : files) {
            if (file.content().length > AttachmentFile.MAX_SIZE) {
                throw new RuleViolation("petition.attachment.tooLarge", file.fileName());
            }
            contentTypes.add(AttachmentFile.detect(file.fileName(), file.content())
                    .orElseThrow(() -> new RuleViolation("petition.attachment.type", String.valueOf(file.fileName()))).contentType());
        }
        boolean isProtected = request.category() == MatterCategory.DENUNCIATION;
        List<StoredPetitioner> stored = new ArrayList<>();
        boolean named = false;
        for (int i = 0; i < people.size(); i++) {
            NewPetitioner p = people.get(i);
            String name = Cases.blankToNull(p.fullName());
            String address = Cases.blankToNull(p.address());
            CitizenId citizenId = CitizenId.parse(p.idNumber(), map.citizenIdProvinceCodes(), today.getYear());
            String idNumber = citizenId == null ? null : citizenId.value();
            String phone = phone(p.phone());
            if ((name != null && name.length() > 200) || (address != null && address.length() > 500)) {
                throw new RuleViolation("petition.tooLong", name != null && name.length() > 200 ? 200 : 500);
            }
            named |= name != null;
            String nameIndex = name == null ? null : cipher.blindIndex(VietnameseText.fold(name));
            String idIndex = idNumber == null ? null : cipher.blindIndex(idNumber);
            stored.add(isProtected
                    ? new StoredPetitioner(0, 0, i + 1, null, null, null, null, p.isRepresentative(), cipher.encrypt(name),
                            cipher.encrypt(address), cipher.encrypt(idNumber), cipher.encrypt(phone), nameIndex, idIndex)
                    : new StoredPetitioner(0, 0, i + 1, name, address, idNumber, phone, p.isRepresentative(), null, null, null, null,
                            nameIndex, idIndex));
        }
        LegalRule rule = rules.require(request.category().name(), 0, RuleStep.CLASSIFY,
                Boolean.TRUE.equals(request.severalPlaces()) ? RuleVariant.SEVERAL_PLACES : RuleVariant.NORMAL, request.receivedOn());
        LocalDate due = classifyDue(rule, request.receivedOn());
        String respondentKey = respondent == null ? null : VietnameseText.fold(respondent);
        List<String> names = isProtected ? List.of() : people.stream().map(NewPetitioner::fullName).filter(Objects::nonNull).toList();
        String actor = user.getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        // 50 random bits: a collision is astronomically rare, and the unique key refuses it rather than mixing two petitions
        String code = TrackingCode.generate();
        long id = repository.insertPetition(new PetitionRepository.NewPetitionRow(code, request.channel(), sourceAgency,
                request.category(), request.field(), request.receivedOn(), receiving.id(), receiving.path(), unit.id(),
                unit.rollupPath(), respondent, respondentKey, content, crowd, count, named, isProtected,
                request.visitId(), rule.id(), due, Cases.searchText(code, respondent, String.join(" ", names), content)), now, actor);
        long petitionId = id;
        repository.insertPetitioners(stored.stream().map(s -> new StoredPetitioner(0, petitionId, s.ordinal(), s.fullName(), s.address(),
                s.idNumber(), s.phone(), s.representative(), s.fullNameEnc(), s.addressEnc(), s.idNumberEnc(), s.phoneEnc(), s.nameIndex(),
                s.idIndex())).toList());
        for (int i = 0; i < files.size(); i++) {
            NewAttachment file = files.get(i);
            String extension = extension(file.fileName());
            repository.insertAttachment(id, isProtected ? "tep-dinh-kem-" + (i + 1) + extension : safeName(file.fileName()),
                    isProtected ? cipher.encrypt(file.fileName()) : null, contentTypes.get(i),
                    isProtected ? cipher.encryptBytes(file.content()) : file.content(), file.content().length, isProtected,
                    file.signature(), now, actor);
        }
        audit.record("PETITION_RECEIVED", "petition", id, TrackingCode.display(code) + " — " + request.category() + ", "
                + request.channel() + ", " + count + " người, hạn xử lý " + VietnameseFormat.date(due));
        if (request.visitId() != null) {
            VisitLinks links = visitLinks.getIfAvailable();
            if (links != null) {
                links.petitionOpened(request.visitId(), id, code);
            }
        }
        List<Long> duplicates = repository.petitionIdsByIndexes(
                stored.stream().map(StoredPetitioner::idIndex).filter(Objects::nonNull).distinct().toList(), List.of(), id, 10);
        return new Intake(id, code, due, duplicates);
    }

    LocalDate classifyDue(LegalRule rule, LocalDate receivedOn) {
        return SlaClock.compute(calendar.rules(), rule.limitDays(), rule.countingMode(), false, List.of(SlaClock.Event.start(receivedOn))).due();
    }

    /** The visit's facts to prefill a new petition; empty without the reception module or outside the caller's scope. */
    public java.util.Optional<VisitLinks.VisitForPetition> visit(long visitId, DanVanUser user) {
        VisitLinks links = visitLinks.getIfAvailable();
        return links == null ? java.util.Optional.empty() : links.visitForPetition(visitId, user.scope());
    }

    private static boolean isBlank(NewPetitioner p) {
        return Cases.blankToNull(p.fullName()) == null && Cases.blankToNull(p.address()) == null
                && Cases.blankToNull(p.idNumber()) == null && Cases.blankToNull(p.phone()) == null;
    }

    static String phone(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String digits = input.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("0\\d{8,10}")) {
            throw new RuleViolation("petition.phone.invalid", input.strip());
        }
        return digits;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(java.util.Locale.ROOT).replaceAll("[^.a-z0-9]", "");
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep-dinh-kem" : fileName.replaceAll("[\\\\/]", "_").strip();
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    // --- reading

    /** A petition the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public Petition get(long id, DanVanUser user) {
        return repository.petitionVisible(id, Visibility.of(user)).orElseThrow(() -> new NotFoundException("petition.notFound"));
    }

    /** The petitioners as lists and pages show them: a denunciation's always redacted. */
    @Transactional(readOnly = true)
    public List<Petitioner> petitioners(long id, DanVanUser user) {
        Petition petition = get(id, user);
        return repository.petitioners(id).stream().map(s -> petition.protectedIdentity() ? Petitioner.redacted(s.ordinal(), s.representative())
                : new Petitioner(s.ordinal(), s.fullName(), s.address(), s.idNumber(), s.phone(), s.representative(), false)).toList();
    }

    /** Whether the caller may open the protected identity of this petition's denouncers. */
    @Transactional(readOnly = true)
    public boolean maySeeIdentity(Petition petition, DanVanUser user) {
        if (!petition.protectedIdentity()) {
            return true;
        }
        return petition.caseId() != null && repository.caseById(petition.caseId()).map(c -> cases.maySeeIdentity(c, user)).orElse(false);
    }

    /**
     * The decrypted identity of a denunciation's petitioners, for the case's assigned handlers and responsible
     * leader only; every view is written to the audit log (without the identity itself).
     */
    @Transactional
    public List<Petitioner> identity(long id, DanVanUser user) {
        Petition petition = get(id, user);
        if (!petition.protectedIdentity()) {
            return petitioners(id, user);
        }
        if (!maySeeIdentity(petition, user)) {
            audit.record("DENOUNCER_IDENTITY_REFUSED", "petition", id, "Từ chối xem danh tính người tố cáo " + petition.trackingDisplay());
            throw new AccessDeniedException("petition.identity");
        }
        audit.record("DENOUNCER_IDENTITY_VIEWED", "petition", id, "Xem danh tính người tố cáo của đơn " + petition.trackingDisplay()
                + (petition.caseId() == null ? "" : " (hồ sơ #" + petition.caseId() + ")"));
        return repository.petitioners(id).stream().map(s -> new Petitioner(s.ordinal(), cipher.decrypt(s.fullNameEnc()),
                cipher.decrypt(s.addressEnc()), cipher.decrypt(s.idNumberEnc()), cipher.decrypt(s.phoneEnc()), s.representative(), true)).toList();
    }

    public record AttachmentInfo(long id, String fileName, String contentType, long size, boolean signature) {
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(long id, DanVanUser user) {
        get(id, user);
        return repository.attachments(id).stream()
                .map(a -> new AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.size(), a.signature())).toList();
    }

    /** A scan's bytes; a denunciation's only for those who may see the identity (audited like an identity view). */
    @Transactional
    public byte[] attachment(long id, long attachmentId, DanVanUser user) {
        Petition petition = get(id, user);
        PetitionRepository.StoredAttachment meta = repository.attachments(id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("petition.notFound"));
        byte[] bytes = repository.attachmentBytes(id, attachmentId).orElseThrow(() -> new NotFoundException("petition.notFound"));
        if (!meta.encrypted()) {
            return bytes;
        }
        if (!maySeeIdentity(petition, user)) {
            throw new AccessDeniedException("petition.identity");
        }
        audit.record("DENOUNCER_SCAN_VIEWED", "petition", id, "Xem bản quét đơn tố cáo " + petition.trackingDisplay() + " (tệp #" + attachmentId + ")");
        return cipher.decryptBytes(bytes);
    }

    @Transactional(readOnly = true)
    public Paged<PetitionRow> search(DanVanUser user, PetitionSearch search, PageQuery page) {
        return repository.search(Visibility.of(user), search, page, today());
    }

    @Transactional(readOnly = true)
    public List<CaseHistory.DeadlineChange> deadlineChanges(long id, DanVanUser user) {
        get(id, user);
        return repository.deadlineChanges(null, id);
    }

    // --- duplicates

    /** A suggested duplicate with why it was suggested. */
    public record Duplicate(Petition petition, List<String> reasons, double similarity) {
    }

    /**
     * Petitions that look like the same matter: the same petitioner (blind index of the identity number, or of the
     * folded name on the same unit), or the same respondent, unit and field with similar content (the same matter
     * from many people). Only the ones the caller may see.
     */
    @Transactional(readOnly = true)
    public List<Duplicate> duplicates(long id, DanVanUser user) {
        Petition petition = get(id, user);
        Visibility visibility = Visibility.of(user);
        List<StoredPetitioner> mine = repository.petitioners(id);
        List<String> idIndexes = mine.stream().map(StoredPetitioner::idIndex).filter(Objects::nonNull).distinct().toList();
        List<String> nameIndexes = mine.stream().map(StoredPetitioner::nameIndex).filter(Objects::nonNull).distinct().toList();
        Map<Long, Duplicate> found = new LinkedHashMap<>();
        Set<Long> sameId = new HashSet<>(repository.petitionIdsByIndexes(idIndexes, List.of(), id, 50));
        List<Long> samePerson = repository.petitionIdsByIndexes(idIndexes, nameIndexes, id, 50);
        Set<String> words = words(petition.content());
        for (Petition other : repository.petitionsByIds(samePerson)) {
            boolean byId = sameId.contains(other.id());
            if (!byId && !Objects.equals(other.unitId(), petition.unitId())) {
                continue; // a common name alone, elsewhere, is not the same person
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(byId ? "petition.duplicate.sameIdNumber" : "petition.duplicate.sameName");
            double similarity = similarity(words, words(other.content()));
            if (similarity >= 0.3) {
                reasons.add("petition.duplicate.similarContent");
            }
            found.put(other.id(), new Duplicate(other, reasons, similarity));
        }
        String respondentKey = petition.respondent() == null ? null : VietnameseText.fold(petition.respondent());
        for (Petition other : repository.petitionsOnMatter(petition.unitId(), petition.field(), respondentKey, id, 50)) {
            double similarity = similarity(words, words(other.content()));
            if (similarity < 0.3 || found.containsKey(other.id())) {
                continue;
            }
            found.put(other.id(), new Duplicate(other, List.of("petition.duplicate.sameMatter"), similarity));
        }
        return found.values().stream()
                .filter(d -> repository.petitionVisible(d.petition().id(), visibility).isPresent())
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .limit(20).toList();
    }

    static Set<String> words(String text) {
        return Arrays.stream(VietnameseText.fold(text == null ? "" : text).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 1).collect(Collectors.toSet());
    }

    /** Jaccard similarity of the folded words. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    // --- classification

    /**
     * @param caseId                  ATTACH: the existing case of the same matter
     * @param handlingOrganizationId  ACCEPT: defaults to the receiving organization
     * @param transferOrganizationId  TRANSFER: the competent agency, or {@code transferOrganizationName} outside the system
     */
    public record Classification(ClassificationOutcome outcome, String reason, ArchiveReason archiveReason, Long caseId,
                                 Long handlingOrganizationId, RuleVariant variant, LocalDate acceptedOn, Long leaderId,
                                 List<Long> handlerIds, Long transferOrganizationId, String transferOrganizationName,
                                 Integer version) {
    }

    /** Classifies a received petition; returns the case id for ACCEPT and ATTACH. */
    @Transactional
    public Long classify(long id, Classification c, DanVanUser user) {
        Petition petition = get(id, user);
        if (!Cases.mayAct(user)) {
            throw new AccessDeniedException("petition.classify");
        }
        if (c.version() != null && c.version() != petition.version()) {
            throw new ConcurrentChange();
        }
        if (petition.status().isClassified()) {
            throw new RuleViolation("petition.alreadyClassified",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("petition.status." + petition.status().name()));
        }
        if (c.outcome() == null) {
            throw new RuleViolation("petition.outcome.required");
        }
        LocalDate today = today();
        String reason = Cases.blankToNull(c.reason());
        if (reason != null && reason.length() > 2000) {
            throw new RuleViolation("petition.tooLong", 2000);
        }
        String actor = user.getUsername();
        Long caseId = null;
        PetitionStatus status;
        ArchiveReason archiveReason = null;
        Long transferOrg = null;
        String transferName = null;
        String slip = null;
        Long duplicateOf = null;
        LocalDate classifiedOn = today;
        switch (c.outcome()) {
            case ACCEPT -> {
                if (petition.category() == MatterCategory.DENUNCIATION && !petition.named()) {
                    throw new RuleViolation("petition.accept.anonymous");
                }
                LocalDate acceptedOn = c.acceptedOn() == null ? today : c.acceptedOn();
                if (acceptedOn.isAfter(today) || acceptedOn.isBefore(petition.receivedOn())) {
                    throw new RuleViolation("petition.acceptedOn.invalid", VietnameseFormat.date(petition.receivedOn()));
                }
                long handling = c.handlingOrganizationId() == null ? petition.receivingOrganizationId() : c.handlingOrganizationId();
                caseId = cases.open(new Cases.Opening(petition.category(), petition.field(), 1, null, c.variant(), title(petition), handling,
                        petition.unitId(), c.leaderId(), c.handlerIds(), acceptedOn, reason == null ? "Thụ lý đơn " + petition.trackingDisplay()
                        : reason), user);
                classifiedOn = acceptedOn;
                status = PetitionStatus.ACCEPTED;
            }
            case ATTACH -> {
                if (c.caseId() == null) {
                    throw new RuleViolation("petition.attach.caseRequired");
                }
                PetitionCase target = cases.get(c.caseId(), user);
                caseId = target.id();
                duplicateOf = repository.petitionsOfCase(caseId).stream().map(Petition::id).findFirst().orElse(null);
                cases.attachPetition(caseId, "Đơn trùng " + petition.trackingDisplay() + (reason == null ? "" : ": " + reason), actor);
                status = PetitionStatus.ATTACHED;
            }
            case TRANSFER -> {
                if (c.transferOrganizationId() != null) {
                    Organization target = organizations.find(c.transferOrganizationId()).filter(Organization::isCurrent)
                            .orElseThrow(() -> new RuleViolation("petition.transfer.targetRequired"));
                    if (target.id() == petition.receivingOrganizationId()) {
                        throw new RuleViolation("petition.transfer.self");
                    }
                    transferOrg = target.id();
                    transferName = target.name();
                } else {
                    transferName = Cases.blankToNull(c.transferOrganizationName());
                    if (transferName == null) {
                        throw new RuleViolation("petition.transfer.targetRequired");
                    }
                    if (transferName.length() > 300) {
                        throw new RuleViolation("petition.tooLong", 300);
                    }
                }
                slip = "PCĐ-" + today.getYear() + "-" + id;
                status = PetitionStatus.TRANSFERRED;
            }
            case GUIDE -> {
                if (reason == null) {
                    throw new RuleViolation("petition.guide.reasonRequired");
                }
                status = PetitionStatus.GUIDED;
            }
            case ARCHIVE -> {
                if (c.archiveReason() == null) {
                    throw new RuleViolation("petition.archive.reasonRequired");
                }
                archiveReason = c.archiveReason();
                status = PetitionStatus.ARCHIVED;
            }
            default -> throw new RuleViolation("petition.outcome.required");
        }
        if (!repository.updateClassification(id, petition.version(), status, classifiedOn, actor, reason, archiveReason, transferOrg,
                transferName, slip, caseId, duplicateOf)) {
            throw new ConcurrentChange();
        }
        if (caseId != null) {
            repository.recountPetitions(caseId);
        }
        audit.record("PETITION_" + c.outcome().name(), "petition", id, petition.trackingDisplay() + " → " + status
                + (caseId == null ? "" : " (hồ sơ #" + caseId + ")") + (transferName == null ? "" : " → " + transferName)
                + (archiveReason == null ? "" : " (" + archiveReason + ")"));
        return caseId;
    }

    private static String title(Petition p) {
        String content = p.content().replaceAll("\\s+", " ").strip();
        String head = (p.respondent() == null ? "" : p.respondent() + ": ") + content;
        return head.length() > 200 ? head.substring(0, 197) + "…" : head;
    }

    /** What the printable transfer slip (phiếu chuyển đơn) shows: never a denouncer's identity. */
    public record TransferSlip(String number, LocalDate date, String fromOrganization, String toOrganization, Petition petition,
                               String petitionerDisplay, String summary, String legalBasis) {
    }

    @Transactional(readOnly = true)
    public TransferSlip transferSlip(long id, DanVanUser user) {
        Petition petition = get(id, user);
        if (petition.status() != PetitionStatus.TRANSFERRED) {
            throw new NotFoundException("petition.slip.notFound");
        }
        List<Petitioner> people = petitioners(id, user);
        String who = petition.protectedIdentity() ? Petitioner.PROTECTED_LABEL
                : people.isEmpty() ? "(không ghi tên)" : people.get(0).displayName()
                        + (people.size() > 1 ? " và " + (people.size() - 1) + " người khác" : "")
                        + (people.get(0).address() == null ? "" : ", địa chỉ: " + people.get(0).address());
        String from = organizations.find(petition.receivingOrganizationId()).map(Organization::name).orElse("");
        return new TransferSlip(petition.transferSlipNo(), petition.classifiedOn(), from, petition.transferOrganizationName(), petition,
                who, title(petition), "Thông tư 05/2021/TT-TTCP quy định quy trình tiếp công dân, xử lý đơn");
    }
}
