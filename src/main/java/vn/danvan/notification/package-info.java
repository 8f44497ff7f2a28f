/**
 * In-app notifications (thông báo) for users, with e-mail when an SMTP server is configured. Other modules
 * send through {@link vn.danvan.notification.Notifications}; sending is idempotent by a deduplication key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo",
        allowedDependencies = {"system", "audit", "org"})
package vn.danvan.notification;
