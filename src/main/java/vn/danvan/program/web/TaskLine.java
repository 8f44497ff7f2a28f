package vn.danvan.program.web;

import java.util.List;
import vn.danvan.program.TaskRow;

/** A task as a screen shows it: with organization names and the deadline as the plan writes it. */
public record TaskLine(TaskRow row, String leadName, List<String> coordinatorNames, String deadlineLabel) {
}
