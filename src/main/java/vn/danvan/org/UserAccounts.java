package vn.danvan.org;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.internal.UserRepository;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseText;

/** User accounts: created, changed, disabled and reset by administrators; passwords changed by their owners. */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;

    public UserAccounts(UserRepository users, Organizations organizations, PasswordEncoder passwordEncoder,
                        PasswordPolicy passwordPolicy, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Paged<UserAccount> search(Scope scope, UserSearch search, PageQuery page) {
        return users.search(scope, search, page);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id, Scope scope) {
        return users.findInScope(id, scope).orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(normalizeUsername(username));
    }

    @Transactional(readOnly = true)
    public long countInScope(Scope scope) {
        return users.countInScope(scope);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** Creates an account; the password must satisfy the policy. */
    @Transactional
    public long create(UserDetailsForm form, String password, boolean mustChangePassword) {
        String username = normalizeUsername(form.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("user.username.invalid");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new RuleViolation("user.username.duplicate", username);
        }
        validate(form);
        passwordPolicy.check(username, password);
        long id = users.insert(username, VietnameseText.normalize(form.fullName()), blankToNull(form.email()),
                blankToNull(form.phone()), blankToNull(VietnameseText.normalize(form.positionTitle())),
                passwordEncoder.encode(password), form.role(), form.organizationId(), mustChangePassword, now());
        audit.record("USER_CREATED", "user", id, username + " · " + form.role() + " · tổ chức " + form.organizationId());
        return id;
    }

    /** Changes name, contact, role and organization; refuses if someone else saved the account meanwhile. */
    @Transactional
    public void update(long id, UserDetailsForm form, int expectedVersion, Scope scope, String actingUsername) {
        UserAccount before = get(id, scope);
        validate(form);
        if (before.username().equals(actingUsername) && before.role() == Role.ADMIN && form.role() != Role.ADMIN) {
            // the last administrator demoting themself would leave nobody able to manage accounts
            throw new RuleViolation("user.role.selfDemote");
        }
        if (!users.updateProfile(id, VietnameseText.normalize(form.fullName()), blankToNull(form.email()),
                blankToNull(form.phone()), blankToNull(VietnameseText.normalize(form.positionTitle())),
                form.role(), form.organizationId(), expectedVersion)) {
            throw new ConcurrentChange();
        }
        if (before.role() != form.role() || !java.util.Objects.equals(before.organizationId(), form.organizationId())) {
            events.publishEvent(new AccessChanged(before.username()));
        }
        audit.record("USER_UPDATED", "user", id, before.username() + ": " + before.role() + " → " + form.role()
                + ", tổ chức " + before.organizationId() + " → " + form.organizationId());
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, Scope scope, String actingUsername) {
        UserAccount account = get(id, scope);
        if (!enabled && account.username().equals(actingUsername)) {
            throw new RuleViolation("user.disable.self");
        }
        users.setEnabled(id, enabled);
        events.publishEvent(new AccessChanged(account.username()));
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", id, account.username());
    }

    /** Sets a temporary password that the owner must change at next sign-in; returns it to show once. */
    @Transactional
    public String resetPassword(long id, Scope scope) {
        UserAccount account = get(id, scope);
        String temporary = temporaryPassword();
        users.setPassword(id, passwordEncoder.encode(temporary), true, now());
        events.publishEvent(new AccessChanged(account.username()));
        audit.record("USER_PASSWORD_RESET", "user", id, account.username());
        return temporary;
    }

    /** The owner changes their password; the current one must be given. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = users.findByUsername(normalizeUsername(username)).orElseThrow(() -> new NotFoundException("user.notFound"));
        String hash = users.findPasswordHash(account.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new RuleViolation("user.password.currentWrong");
        }
        if (newPassword != null && passwordEncoder.matches(newPassword, hash)) {
            throw new RuleViolation("user.password.unchanged");
        }
        passwordPolicy.check(account.username(), newPassword);
        users.setPassword(account.id(), passwordEncoder.encode(newPassword), false, now());
        audit.recordAs(account.username(), "USER_PASSWORD_CHANGED", "user", account.id(), account.username());
    }

    /** Sets a password without the policy: only for accounts created by the system itself (demo, first admin). */
    @Transactional
    public long createSystemAccount(String username, String fullName, Role role, Long organizationId,
                                    String password, String positionTitle) {
        long id = users.insert(username, fullName, null, null, positionTitle, passwordEncoder.encode(password),
                role, organizationId, false, now());
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "USER_CREATED", "user", id, username + " · " + role);
        return id;
    }

    private void validate(UserDetailsForm form) {
        if (form.fullName() == null || form.fullName().isBlank()) {
            throw new RuleViolation("user.fullName.required");
        }
        if (form.role() == null) {
            throw new RuleViolation("user.role.required");
        }
        if (form.organizationId() == null && form.role() != Role.ADMIN) {
            throw new RuleViolation("user.organization.required");
        }
        if (form.organizationId() != null) {
            Organization organization = organizations.find(form.organizationId())
                    .orElseThrow(() -> new RuleViolation("user.organization.unknown"));
            if (!organization.isCurrent()) {
                throw new RuleViolation("user.organization.former", organization.name());
            }
        }
        if (form.email() != null && !form.email().isBlank() && !EMAIL.matcher(form.email().strip()).matches()) {
            throw new RuleViolation("user.email.invalid");
        }
        if (form.phone() != null && !form.phone().isBlank() && !PHONE.matcher(form.phone().strip()).matches()) {
            throw new RuleViolation("user.phone.invalid");
        }
    }

    private String temporaryPassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return out.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The editable fields of an account. */
    public record UserDetailsForm(String username, String fullName, String email, String phone, String positionTitle,
                                  Role role, Long organizationId) {
    }

    /**
     * An administrator changed what an account may do (role, organization, disabled, password reset): the
     * account's open sessions end, so that the change applies at once and not at the next sign-in.
     */
    public record AccessChanged(String username) {
    }

    // --- recipients of notifications (used by the notification module)

    /** Enabled accounts that work for exactly this organization (not the organizations under it). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> activeMembersOf(long organizationId) {
        if (organizations.find(organizationId).isEmpty()) {
            return java.util.Set.of();
        }
        // the organization's own subtree scope, narrowed to the organization itself
        Scope subtree = organizations.scopeFor(Role.UNIT_OFFICER, organizationId);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        forEachEnabled(subtree, null, account -> {
            if (Long.valueOf(organizationId).equals(account.organizationId())) {
                ids.add(account.id());
            }
        });
        return ids;
    }

    /** Enabled accounts with one of the roles whose scope covers the organization. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> activeWithRoleCovering(long organizationId, java.util.Collection<Role> roles) {
        Organization organization = organizations.find(organizationId).orElse(null);
        if (organization == null) {
            return java.util.Set.of();
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        java.util.Map<String, Boolean> coverage = new java.util.HashMap<>();
        for (Role role : roles) {
            forEachEnabled(Scope.all(), role, account -> {
                boolean covers = coverage.computeIfAbsent(role + ":" + account.organizationId(), k ->
                        organizations.covers(organizations.scopeFor(role, account.organizationId()), organization));
                if (covers) {
                    ids.add(account.id());
                }
            });
        }
        return ids;
    }

    /** An account by id, whatever the caller's scope: for the system's own use (e-mail address of a recipient). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    private void forEachEnabled(Scope scope, Role role, java.util.function.Consumer<UserAccount> action) {
        UserSearch search = new UserSearch(null, role, true);
        for (int page = 0; ; page++) {
            Paged<UserAccount> found = users.search(scope, search, new PageQuery(page, PageQuery.MAX_SIZE, null, false));
            found.items().forEach(action);
            if (!found.hasNext()) {
                return;
            }
        }
    }
}
