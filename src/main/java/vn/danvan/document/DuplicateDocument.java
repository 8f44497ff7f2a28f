package vn.danvan.document;

import vn.danvan.system.RuleViolation;

/** A registration of a document that is already in the registry; names the existing one. */
public class DuplicateDocument extends RuleViolation {

    private final long existingId;

    public DuplicateDocument(Document existing) {
        super("document.duplicate", existing.shortCitation(), existing.issueDate() == null ? "—"
                : vn.danvan.system.VietnameseFormat.date(existing.issueDate()), String.valueOf(existing.id()));
        this.existingId = existing.id();
    }

    public long existingId() {
        return existingId;
    }
}
