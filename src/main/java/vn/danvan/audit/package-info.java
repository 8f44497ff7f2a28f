/** The append-only record of who did what, when and from where. */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký", allowedDependencies = {"system"})
package vn.danvan.audit;
