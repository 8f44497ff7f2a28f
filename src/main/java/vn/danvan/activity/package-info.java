/**
 * Conferences (hội nghị sơ kết, tổng kết, ký kết), inspection and working delegations (đoàn kiểm tra, đoàn công
 * tác liên ngành), dialogues with citizens (đối thoại) and meetings with voters (tiếp xúc cử tri): organizer,
 * participants, named officials, documents, minutes and conclusions. A conclusion becomes a task of a plan in one
 * step through {@link vn.danvan.program.ProgramPlans}; the task page names the event through
 * {@link vn.danvan.program.TaskOrigins}. Other modules read through {@link vn.danvan.activity.Activities}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hội nghị, kiểm tra, đối thoại",
        allowedDependencies = {"system", "audit", "org", "document", "program"})
package vn.danvan.activity;
