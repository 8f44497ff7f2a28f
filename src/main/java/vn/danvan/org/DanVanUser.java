package vn.danvan.org;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it: their account, role, organization and scope. */
public class DanVanUser extends User {

    private final long id;
    private final String fullName;
    private final Role role;
    private final Long organizationId;
    private final transient Scope scope;
    private boolean mustChangePassword;

    public DanVanUser(UserAccount account, String passwordHash, boolean accountNonLocked, Scope scope) {
        super(account.username(), passwordHash, account.enabled(), true, true, accountNonLocked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.id = account.id();
        this.fullName = account.fullName();
        this.role = account.role();
        this.organizationId = account.organizationId();
        this.scope = scope;
        this.mustChangePassword = account.mustChangePassword();
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Scope scope() {
        return scope;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** After the owner has set their own password, the session stops asking for it. */
    public void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
