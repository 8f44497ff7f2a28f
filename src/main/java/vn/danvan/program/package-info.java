/**
 * Coordination programs (chương trình phối hợp), annual and thematic plans (kế hoạch), their tasks (nhiệm vụ)
 * with a lead and coordinating organizations, and the append-only progress updates from which every task's
 * status and every count is derived. Other modules read through {@link vn.danvan.program.ProgramPlans}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chương trình, kế hoạch, nhiệm vụ",
        allowedDependencies = {"system", "audit", "org", "document", "notification"})
package vn.danvan.program;
