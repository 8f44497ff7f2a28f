/**
 * Citizen reception (tiếp công dân): reception sessions — the regular desk and the heads' periodic reception
 * days, planned against held — and the visits (lượt tiếp) received in them, crowd delegations included.
 * The petition module opens a petition from a visit through {@link vn.danvan.reception.VisitLinks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tiếp công dân",
        allowedDependencies = {"system", "audit", "org", "document", "calendar"})
package vn.danvan.reception;
