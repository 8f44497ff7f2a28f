package vn.danvan.org.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.org.UserAccount;

/** Loads an account for sign-in, with its scope computed once per session. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Organizations organizations;
    private final Clock clock;

    public AccountDetailsService(UserRepository users, Organizations organizations, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        UserAccount account = users.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.findPasswordHash(account.id()).orElseThrow();
        boolean notLocked = !account.isLockedAt(OffsetDateTime.now(clock));
        return new DanVanUser(account, hash, notLocked, organizations.scopeFor(account.role(), account.organizationId()));
    }
}
