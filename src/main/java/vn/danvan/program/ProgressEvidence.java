package vn.danvan.program;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.document.AttachmentStore;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Scope;
import vn.danvan.program.internal.ProgramRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseText;

/**
 * Evidence files (minh chứng) of progress updates: a progress report with its files is one act — every file is
 * checked (kind by its first bytes, size) before anything is written, so a refused file leaves neither the
 * update nor the other files behind. Files are only added, never replaced. Reading them follows the task's
 * scope: a file of a task out of the caller's scope is "not found".
 */
@Service
public class ProgressEvidence {

    /** At most this many files with one update, so one request stays within the upload limit's spirit. */
    public static final int MAX_FILES = 10;

    private final ProgramPlans plans;
    private final ProgramRepository repository;
    private final AttachmentStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public ProgressEvidence(ProgramPlans plans, ProgramRepository repository, AttachmentStore store, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file as uploaded: the name the browser sent and the bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** An evidence file's record with its bytes, for downloading. */
    public record Content(Evidence evidence, byte[] bytes) {
    }

    /** Appends a progress update with its evidence files; returns the update's id. */
    @Transactional
    public long report(long taskId, DanVanUser user, ProgramPlans.NewProgress progress, List<Upload> files) {
        List<Checked> checked = check(files);
        long updateId = plans.reportProgress(taskId, user, progress);
        store(taskId, updateId, checked);
        return updateId;
    }

    /** Adds evidence files to an update already reported (the files came later); returns the task's id. */
    @Transactional
    public long add(long progressUpdateId, DanVanUser user, List<Upload> files) {
        ProgressUpdate update = repository.findUpdate(progressUpdateId)
                .orElseThrow(() -> new NotFoundException("progress.notFound"));
        TaskRow row = plans.task(update.taskId(), user.scope());
        if (!plans.mayReport(row, user)) {
            throw new AccessDeniedException("not involved in task " + update.taskId());
        }
        List<Checked> checked = check(files);
        if (checked.isEmpty()) {
            throw new RuleViolation("progress.evidence.none");
        }
        store(update.taskId(), progressUpdateId, checked);
        return update.taskId();
    }

    /** The evidence of each update of a task the caller may see, by update id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Evidence>> ofTask(long taskId, Scope scope) {
        plans.task(taskId, scope);
        Map<Long, List<Evidence>> byUpdate = new LinkedHashMap<>();
        repository.evidenceOfTask(taskId).forEach(e -> byUpdate.computeIfAbsent(e.progressUpdateId(), k -> new java.util.ArrayList<>()).add(e));
        return byUpdate;
    }

    /** One evidence file of a task the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public Content content(long taskId, long evidenceId, Scope scope) {
        plans.task(taskId, scope);
        Evidence evidence = repository.findEvidence(taskId, evidenceId)
                .orElseThrow(() -> new NotFoundException("progress.evidence.notFound"));
        return new Content(evidence, store.get(evidence.storageKey()));
    }

    private record Checked(String name, EvidenceFile kind, byte[] content) {
    }

    private static List<Checked> check(List<Upload> files) {
        List<Upload> present = files == null ? List.of()
                : files.stream().filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        if (present.size() > MAX_FILES) {
            throw new RuleViolation("progress.evidence.tooMany", MAX_FILES);
        }
        return present.stream().map(f -> {
            String name = baseName(f.fileName());
            if (name.isEmpty() || name.length() > 255) {
                throw new RuleViolation("progress.evidence.name");
            }
            if (f.content().length > EvidenceFile.MAX_SIZE) {
                throw new RuleViolation("progress.evidence.tooLarge", name);
            }
            EvidenceFile kind = EvidenceFile.detect(name, f.content())
                    .orElseThrow(() -> new RuleViolation("progress.evidence.type", name));
            return new Checked(VietnameseText.normalize(name), kind, f.content());
        }).toList();
    }

    /** The name without any folder a browser may send ("C:\\Users\\…\\bien-ban.pdf"). */
    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replace("\0", "").strip();
    }

    private void store(long taskId, long updateId, List<Checked> files) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = actor();
        for (Checked file : files) {
            String sha256 = sha256(file.content());
            String key = store.put(file.content());
            repository.insertEvidence(updateId, file.name(), file.kind().contentType(), file.content().length, sha256, key, now, actor);
            audit.record("TASK_EVIDENCE_ADDED", "task", taskId, file.name() + " (" + file.content().length + " B, sha256 " + sha256
                    + ") — báo cáo #" + updateId);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String actor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
