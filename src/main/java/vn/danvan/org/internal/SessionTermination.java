package vn.danvan.org.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.UserAccounts;

/** Ends the open sessions of an account whose access an administrator changed, once the change is committed. */
@Component
class SessionTermination {

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UserAccounts.AccessChanged event) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof DanVanUser user && user.getUsername().equals(event.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
