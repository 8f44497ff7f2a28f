/**
 * Administrative units (the 2025 two-tier map and the units it replaced), organizations, user accounts,
 * roles and the scope every query is limited to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổ chức và tài khoản", allowedDependencies = {"system", "audit"})
package vn.danvan.org;
