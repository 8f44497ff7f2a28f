/**
 * Petitions (đơn thư) and cases (hồ sơ vụ việc): intake from every channel, classification (xử lý đơn), one case
 * per matter with the repeated petitions attached, the case workflow with its append-only transition log, the
 * legal clock on the working calendar with the time limits kept as data ({@code legal_rule}), reminders, the
 * protection of denouncers' identities and the public tracking code. Other modules read through
 * {@link vn.danvan.petition.Petitions}, {@link vn.danvan.petition.Cases} and {@link vn.danvan.petition.PetitionTracking}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đơn thư, vụ việc",
        allowedDependencies = {"system", "audit", "org", "document", "calendar", "reception", "notification"})
package vn.danvan.petition;
