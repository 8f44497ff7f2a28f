package vn.danvan.org;

import java.time.OffsetDateTime;

/** A person who signs in. The password hash never leaves the org module. */
public record UserAccount(
        long id,
        String username,
        String fullName,
        String email,
        String phone,
        String positionTitle,
        Role role,
        Long organizationId,
        boolean enabled,
        int failedAttempts,
        OffsetDateTime lockedUntil,
        boolean mustChangePassword,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt,
        int version) {

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
