package vn.danvan.org.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;

/**
 * Locks an account for a while after repeated wrong passwords (danvan.security.max-failed-logins within one
 * series, locked for danvan.security.lockout-duration), so that passwords cannot be guessed by trying.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserRepository users, AuditTrail audit, Clock clock,
                  @Value("${danvan.security.max-failed-logins:5}") int maxFailures,
                  @Value("${danvan.security.lockout-duration:15m}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        users.findByUsername(username).ifPresent(account -> {
            users.recordFailedLogin(username, maxFailures, now.plus(lockout));
            users.findByUsername(username).filter(a -> a.isLockedAt(now))
                    .ifPresent(locked -> audit.recordAs(username, "USER_LOCKED_OUT", "user", locked.id(),
                            maxFailures + " lần nhập sai mật khẩu; khóa đến " + locked.lockedUntil()));
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName(), OffsetDateTime.now(clock));
    }
}
