package vn.danvan.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts.UserDetailsForm;

/**
 * The user form as sent by the browser. Required fields are checked here; the rules (user name format and
 * uniqueness, password policy, organization in force) stay in {@link vn.danvan.org.UserAccounts}.
 *
 * @param username           only on creation; cannot be changed afterwards
 * @param password           only on creation: the initial password
 * @param mustChangePassword only on creation: the person must choose their own password at first sign-in
 * @param version            only on edit: the version the form was opened at, for optimistic locking
 */
record UserForm(
        @Size(max = 60, message = "{user.username.invalid}") String username,
        @NotBlank(message = "{user.fullName.required}") @Size(max = 200, message = "{user.form.tooLong}") String fullName,
        @Size(max = 200, message = "{user.form.tooLong}") String positionTitle,
        @Size(max = 200, message = "{user.form.tooLong}") String email,
        @Size(max = 30, message = "{user.phone.invalid}") String phone,
        @NotNull(message = "{user.role.required}") Role role,
        Long organizationId,
        String password,
        Boolean mustChangePassword,
        Integer version) {

    static UserForm blank() {
        return new UserForm(null, null, null, null, null, null, null, null, true, null);
    }

    static UserForm of(UserAccount account) {
        return new UserForm(account.username(), account.fullName(), account.positionTitle(), account.email(),
                account.phone(), account.role(), account.organizationId(), null, account.mustChangePassword(),
                account.version());
    }

    /** The same form without the password, so that a password is never sent back to the browser. */
    UserForm withoutPassword() {
        return new UserForm(username, fullName, positionTitle, email, phone, role, organizationId, null,
                mustChangePassword, version);
    }

    UserDetailsForm details() {
        return new UserDetailsForm(username, fullName, email, phone, positionTitle, role, organizationId);
    }

    public boolean forcesPasswordChange() {
        return Boolean.TRUE.equals(mustChangePassword);
    }
}
