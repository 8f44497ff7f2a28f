package vn.danvan.audit;

import java.time.OffsetDateTime;

/** One recorded action. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
                         String entityId, String summary, String remoteAddress) {
}
