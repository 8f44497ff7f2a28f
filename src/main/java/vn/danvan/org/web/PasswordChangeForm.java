package vn.danvan.org.web;

import jakarta.validation.constraints.NotBlank;

/** The owner's password change as sent by the browser; the policy itself is checked by UserAccounts. */
record PasswordChangeForm(
        @NotBlank(message = "{account.password.currentRequired}") String currentPassword,
        @NotBlank(message = "{account.password.newRequired}") String newPassword,
        @NotBlank(message = "{account.password.confirmRequired}") String confirmPassword) {

    boolean confirmed() {
        return newPassword.equals(confirmPassword);
    }
}
