package vn.danvan.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.audit.internal.AuditRepository;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * Records actions. Written in the caller's transaction, so an action that rolls back leaves no record and a
 * record never exists without its action.
 */
@Service
public class AuditTrail {

    /**
     * Who acts when nobody is signed in (scheduled jobs, start-up data): a name no account can have (usernames are
     * lowercase letters, digits, '.', '_' and '-'), so the application is never mistaken for a person; lowercase, as
     * the log's actor filter lowercases what it is given. Rows recorded as "system" before were renamed (V65).
     */
    public static final String SYSTEM_ACTOR = "hệ thống (tự động)";

    private final AuditRepository repository;
    private final Clock clock;

    public AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or {@link #SYSTEM_ACTOR} outside a request). */
    public void record(String action, String entityType, Object entityId, String summary) {
        recordAs(currentActor(), action, entityType, entityId, summary);
    }

    public void recordAs(String actor, String action, String entityType, Object entityId, String summary) {
        repository.insert(OffsetDateTime.now(clock), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), truncate(summary), remoteAddress());
    }

    /**
     * Records an action of someone not signed in (a citizen on a public page) under a fixed name for that page, and
     * without the client address, which would be the only thing tying the record to a person.
     */
    public void recordPublic(String actor, String action, String entityType, Object entityId, String summary) {
        repository.insert(OffsetDateTime.now(clock), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), truncate(summary), null);
    }

    public Paged<AuditEvent> search(AuditSearch search, PageQuery page) {
        return repository.search(search, page);
    }

    /** The actions recorded so far, for the audit log's filter. */
    public List<String> recordedActions() {
        return repository.distinctActions();
    }

    /** The kinds of records acted upon so far, for the audit log's filter. */
    public List<String> recordedEntityTypes() {
        return repository.distinctEntityTypes();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String summary) {
        return summary == null ? "" : summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
    }
}
