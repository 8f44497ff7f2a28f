package vn.danvan.audit;

/** Filters of the audit log: actor, action, entity type and id. */
public record AuditSearch(String actor, String action, String entityType, String entityId) {
}
