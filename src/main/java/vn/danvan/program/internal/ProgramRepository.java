package vn.danvan.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Evidence;
import vn.danvan.program.Plan;
import vn.danvan.program.Program;
import vn.danvan.program.ProgressUpdate;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskDeadline;
import vn.danvan.program.TaskGroup;

/** SQL of programs, plans, tasks and progress updates. */
@Repository
public class ProgramRepository {

    private static final String TASK_COLUMNS = "t.id, t.plan_id, p.plan_year, t.group_id, t.content_id, t.ordinal, t.title,"
            + " t.description, t.expected_output, t.lead_organization_id, t.deadline_kind, t.deadline_period, t.due_date,"
            + " t.recurring_period, t.priority, t.weight, t.cancelled_reason, t.adjusted_reason, t.version";

    private final JdbcClient jdbc;

    public ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- programs

    public long insertProgram(Long documentId, Program.Kind kind, String title, int fromYear, int toYear, String note,
                              OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO program (document_id, kind, title, from_year, to_year, note, created_at, created_by)
                VALUES (:doc, :kind, :title, :fromYear, :toYear, :note, :now, :actor)""")
                .param("doc", documentId).param("kind", kind.name()).param("title", title).param("fromYear", fromYear)
                .param("toYear", toYear).param("note", note).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertParty(long programId, long organizationId, int ordinal) {
        jdbc.sql("INSERT INTO program_party (program_id, organization_id, ordinal) VALUES (:p, :o, :n)")
                .param("p", programId).param("o", organizationId).param("n", ordinal).update();
    }

    public long insertContent(long programId, int ordinal, String title) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO program_content (program_id, ordinal, title) VALUES (:p, :n, :t)")
                .param("p", programId).param("n", ordinal).param("t", title).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertResponsibility(long contentId, long organizationId, String text) {
        jdbc.sql("INSERT INTO program_responsibility (content_id, organization_id, responsibility) VALUES (:c, :o, :t)")
                .param("c", contentId).param("o", organizationId).param("t", text).update();
    }

    public long countPrograms() {
        return jdbc.sql("SELECT COUNT(*) FROM program").query(Long.class).single();
    }

    public List<Program> findPrograms() {
        List<Long> ids = jdbc.sql("SELECT id FROM program ORDER BY from_year DESC, id DESC").query(Long.class).list();
        return ids.stream().map(id -> findProgram(id).orElseThrow()).toList();
    }

    public Optional<Program> findProgram(long id) {
        return jdbc.sql("SELECT id, document_id, kind, title, from_year, to_year, note, version FROM program WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Program(rs.getLong("id"), (Long) rs.getObject("document_id", Long.class),
                        Program.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getInt("from_year"),
                        rs.getInt("to_year"), rs.getString("note"), parties(id), contents(id), rs.getInt("version")))
                .optional();
    }

    private List<Long> parties(long programId) {
        return jdbc.sql("SELECT organization_id FROM program_party WHERE program_id = :p ORDER BY ordinal")
                .param("p", programId).query(Long.class).list();
    }

    private List<Program.Content> contents(long programId) {
        Map<Long, Map<Long, String>> responsibilities = new HashMap<>();
        jdbc.sql("""
                SELECT r.content_id, r.organization_id, r.responsibility FROM program_responsibility r
                JOIN program_content c ON c.id = r.content_id WHERE c.program_id = :p""")
                .param("p", programId)
                .query((ResultSet rs) -> {
                    responsibilities.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
                });
        return jdbc.sql("SELECT id, ordinal, title FROM program_content WHERE program_id = :p ORDER BY ordinal")
                .param("p", programId)
                .query((rs, n) -> new Program.Content(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        responsibilities.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    // --- plans

    public long insertPlan(Long documentId, Long programId, long issuerId, int year, String title, Plan.Kind kind,
                           OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan (document_id, program_id, issuing_organization_id, plan_year, title, kind, created_at, created_by)
                VALUES (:doc, :prog, :issuer, :y, :title, :kind, :now, :actor)""")
                .param("doc", documentId).param("prog", programId).param("issuer", issuerId).param("y", year)
                .param("title", title).param("kind", kind.name()).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String PLAN_COLUMNS = "id, document_id, program_id, issuing_organization_id, plan_year, title, kind, version";

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getObject("document_id", Long.class), rs.getObject("program_id", Long.class),
                rs.getLong("issuing_organization_id"), rs.getInt("plan_year"), rs.getString("title"),
                Plan.Kind.valueOf(rs.getString("kind")), rs.getInt("version"));
    }

    public Optional<Plan> findPlan(long id) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = :id").param("id", id).query(ProgramRepository::plan).optional();
    }

    public List<Plan> findPlans(Long programId) {
        if (programId == null) {
            return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan ORDER BY plan_year DESC, id DESC").query(ProgramRepository::plan).list();
        }
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE program_id = :prog ORDER BY plan_year DESC, id DESC")
                .param("prog", programId).query(ProgramRepository::plan).list();
    }

    public long insertGroup(long planId, int ordinal, String title, int weight) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO task_group (plan_id, ordinal, title, weight) VALUES (:p, :n, :t, :w)")
                .param("p", planId).param("n", ordinal).param("t", title).param("w", weight).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<TaskGroup> findGroups(long planId) {
        return jdbc.sql("SELECT id, plan_id, ordinal, title, weight FROM task_group WHERE plan_id = :p ORDER BY ordinal")
                .param("p", planId)
                .query((rs, n) -> new TaskGroup(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    // --- tasks

    public long insertTask(long planId, Long groupId, Long contentId, String title, String description, String expectedOutput,
                           long leadId, TaskDeadline deadline, Task.Priority priority, int weight, OffsetDateTime now, String actor) {
        int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM task WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO task (plan_id, group_id, content_id, ordinal, title, description, expected_output,
                    lead_organization_id, deadline_kind, deadline_period, due_date, recurring_period, priority, weight,
                    created_at, created_by)
                VALUES (:plan, :grp, :content, :ordinal, :title, :description, :output, :lead, :kind, :period, :due,
                    :every, :priority, :weight, :now, :actor)""")
                .param("plan", planId).param("grp", groupId).param("content", contentId).param("ordinal", ordinal)
                .param("title", title).param("description", description).param("output", expectedOutput)
                .param("lead", leadId).param("kind", deadline.kind().name()).param("period", deadline.period())
                .param("due", deadline.dueDate())
                .param("every", deadline.recurringPeriod() == null ? null : deadline.recurringPeriod().name())
                .param("priority", priority.name()).param("weight", weight).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertCoordinator(long taskId, long organizationId) {
        jdbc.sql("INSERT INTO task_coordinator (task_id, organization_id) VALUES (:t, :o)")
                .param("t", taskId).param("o", organizationId).update();
    }

    public void insertLegalBasis(long taskId, long documentId) {
        jdbc.sql("INSERT INTO task_legal_basis (task_id, document_id) VALUES (:t, :d)")
                .param("t", taskId).param("d", documentId).update();
    }

    public List<Long> legalBasis(long taskId) {
        return jdbc.sql("SELECT document_id FROM task_legal_basis WHERE task_id = :t ORDER BY document_id")
                .param("t", taskId).query(Long.class).list();
    }

    public Optional<Task> findTask(long id) {
        List<Task> found = tasks("WHERE t.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    public List<Task> findTasksOfPlan(long planId) {
        return tasks("WHERE t.plan_id = :plan", Map.of("plan", planId));
    }

    public List<Task> findTasksOfProgram(long programId) {
        return tasks("WHERE p.program_id = :prog", Map.of("prog", programId));
    }

    /** Tasks whose lead or one of whose coordinators is among the organizations. */
    public List<Task> findTasksInvolving(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return tasks("WHERE t.lead_organization_id IN (:orgs) OR t.id IN (SELECT c.task_id FROM task_coordinator c"
                + " WHERE c.organization_id IN (:orgs))", Map.of("orgs", organizationIds));
    }

    private List<Task> tasks(String where, Map<String, ?> params) {
        List<Task> tasks = jdbc.sql("SELECT " + TASK_COLUMNS + " FROM task t JOIN plan p ON p.id = t.plan_id " + where
                        + " ORDER BY t.plan_id, t.ordinal")
                .params(params)
                .query((rs, n) -> task(rs)).list();
        if (tasks.isEmpty()) {
            return tasks;
        }
        // the coordinators of the same tasks in one query, selected by the same condition rather than by a list of ids
        Map<Long, List<Long>> coordinators = new HashMap<>();
        jdbc.sql("SELECT tc.task_id, tc.organization_id FROM task_coordinator tc WHERE tc.task_id IN (SELECT t.id FROM task t"
                        + " JOIN plan p ON p.id = t.plan_id " + where + ") ORDER BY tc.organization_id")
                .params(params)
                .query((ResultSet rs) -> {
                    coordinators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return tasks.stream().map(t -> new Task(t.id(), t.planId(), t.planYear(), t.groupId(), t.contentId(), t.ordinal(), t.title(),
                t.description(), t.expectedOutput(), t.leadOrganizationId(), List.copyOf(coordinators.getOrDefault(t.id(), List.of())),
                t.deadline(), t.priority(), t.weight(), t.cancelledReason(), t.adjustedReason(), t.version())).toList();
    }

    private static Task task(ResultSet rs) throws SQLException {
        String every = rs.getString("recurring_period");
        TaskDeadline deadline = new TaskDeadline(DeadlineKind.valueOf(rs.getString("deadline_kind")),
                rs.getObject("due_date", LocalDate.class), rs.getObject("deadline_period", Integer.class),
                every == null ? null : RecurringPeriod.valueOf(every));
        return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("plan_year"), rs.getObject("group_id", Long.class),
                rs.getObject("content_id", Long.class), rs.getInt("ordinal"), rs.getString("title"), rs.getString("description"),
                rs.getString("expected_output"), rs.getLong("lead_organization_id"), List.of(), deadline,
                Task.Priority.valueOf(rs.getString("priority")), rs.getInt("weight"), rs.getString("cancelled_reason"),
                rs.getString("adjusted_reason"), rs.getInt("version"));
    }

    /** Changes a task if nobody else did since the version was read; false when the version is stale. */
    public boolean adjust(long id, int version, String title, TaskDeadline deadline, int weight, String reason) {
        return jdbc.sql("""
                UPDATE task SET title = :title, deadline_kind = :kind, deadline_period = :period, due_date = :due,
                    recurring_period = :every, weight = :weight, adjusted_reason = :reason, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("title", title).param("kind", deadline.kind().name()).param("period", deadline.period())
                .param("due", deadline.dueDate())
                .param("every", deadline.recurringPeriod() == null ? null : deadline.recurringPeriod().name())
                .param("weight", weight).param("reason", reason).param("id", id).param("version", version)
                .update() == 1;
    }

    public boolean cancel(long id, int version, String reason) {
        return jdbc.sql("UPDATE task SET cancelled_reason = :reason, version = version + 1 WHERE id = :id AND version = :version")
                .param("reason", reason).param("id", id).param("version", version).update() == 1;
    }

    // --- progress

    public long insertUpdate(long taskId, LocalDate on, int percent, String milestone, String note, boolean done, String actor,
                             Long organizationId, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO progress_update (task_id, reported_on, percent_done, milestone, note, done, reported_by,
                    organization_id, created_at)
                VALUES (:task, :on, :percent, :milestone, :note, :done, :actor, :org, :now)""")
                .param("task", taskId).param("on", on).param("percent", percent).param("milestone", milestone)
                .param("note", note).param("done", done).param("actor", actor).param("org", organizationId).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String UPDATE_COLUMNS = "u.id, u.task_id, u.reported_on, u.percent_done, u.milestone, u.note, u.done,"
            + " u.reported_by, u.organization_id, u.created_at";

    private static ProgressUpdate update(ResultSet rs, int n) throws SQLException {
        return new ProgressUpdate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getObject(9, Long.class), rs.getObject(10, OffsetDateTime.class));
    }

    /** A task's history, newest first. */
    public List<ProgressUpdate> history(long taskId) {
        return jdbc.sql("SELECT " + UPDATE_COLUMNS + " FROM progress_update u WHERE u.task_id = :t ORDER BY u.reported_on DESC, u.id DESC")
                .param("t", taskId).query(ProgramRepository::update).list();
    }

    /** The latest update of each of the tasks (by reported date, then order of entry). */
    public Map<Long, ProgressUpdate> latest(Collection<Long> taskIds) {
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        List<Long> ids = new ArrayList<>(taskIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            latest.putAll(latest("t.id IN (:ids)", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))));
        }
        return latest;
    }

    /** The latest update of each task of the plan that has one. */
    public Map<Long, ProgressUpdate> latestOfPlan(long planId) {
        return latest("t.plan_id = :plan", Map.of("plan", planId));
    }

    /**
     * Only the latest update of each task is read, however long the histories (a plan of 1,000 tasks with 20,000
     * updates reads 1,000 rows, not 20,000): first their ids, one backward step in ix_progress_task per task, then
     * the rows by primary key. In one query PostgreSQL hashes the whole table instead, several times slower.
     */
    private Map<Long, ProgressUpdate> latest(String taskCondition, Map<String, ?> params) {
        List<Long> ids = jdbc.sql("SELECT (SELECT l.id FROM progress_update l WHERE l.task_id = t.id"
                        + " ORDER BY l.reported_on DESC, l.id DESC LIMIT 1) FROM task t WHERE " + taskCondition)
                .params(params)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream()
                .filter(Objects::nonNull).toList();
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT " + UPDATE_COLUMNS + " FROM progress_update u WHERE u.id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(ProgramRepository::update).list()
                    .forEach(u -> latest.put(u.taskId(), u));
        }
        return latest;
    }

    // --- program-import

    public int nextGroupOrdinal(long planId) {
        return jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM task_group WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
    }

    /** The legal basis of each of the tasks, by task id. */
    public Map<Long, List<Long>> legalBasisOf(Collection<Long> taskIds) {
        Map<Long, List<Long>> basis = new HashMap<>();
        List<Long> ids = new ArrayList<>(taskIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT task_id, document_id FROM task_legal_basis WHERE task_id IN (:ids) ORDER BY task_id, document_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((ResultSet rs) -> {
                        basis.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return basis;
    }

    // --- program-forms: editing programs, plans, groups and tasks; evidence of progress updates

    /** Changes a program's own fields if nobody else did since the version was read; false when stale. */
    public boolean updateProgram(long id, int version, Long documentId, Program.Kind kind, String title, int fromYear, int toYear,
                                 String note) {
        return jdbc.sql("""
                UPDATE program SET document_id = :doc, kind = :kind, title = :title, from_year = :fromYear, to_year = :toYear,
                    note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("doc", documentId).param("kind", kind.name()).param("title", title).param("fromYear", fromYear)
                .param("toYear", toYear).param("note", note).param("id", id).param("version", version)
                .update() == 1;
    }

    public void deleteParties(long programId) {
        jdbc.sql("DELETE FROM program_party WHERE program_id = :p").param("p", programId).update();
    }

    /** Moves the contents' ordinals out of the way (negative) so that they can be renumbered under the unique key. */
    public void releaseContentOrdinals(long programId) {
        jdbc.sql("UPDATE program_content SET ordinal = -id WHERE program_id = :p").param("p", programId).update();
    }

    public void updateContent(long contentId, int ordinal, String title) {
        jdbc.sql("UPDATE program_content SET ordinal = :n, title = :t WHERE id = :id")
                .param("n", ordinal).param("t", title).param("id", contentId).update();
    }

    public void deleteResponsibilities(long contentId) {
        jdbc.sql("DELETE FROM program_responsibility WHERE content_id = :c").param("c", contentId).update();
    }

    public void deleteContent(long contentId) {
        deleteResponsibilities(contentId);
        jdbc.sql("DELETE FROM program_content WHERE id = :c").param("c", contentId).update();
    }

    public boolean contentHasTasks(long contentId) {
        return jdbc.sql("SELECT COUNT(*) FROM task WHERE content_id = :c").param("c", contentId).query(Long.class).single() > 0;
    }

    /** Changes a plan's own fields if nobody else did since the version was read; false when stale. */
    public boolean updatePlan(long id, int version, Long documentId, Long programId, long issuerId, int year, String title,
                              Plan.Kind kind) {
        return jdbc.sql("""
                UPDATE plan SET document_id = :doc, program_id = :prog, issuing_organization_id = :issuer, plan_year = :y,
                    title = :title, kind = :kind, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("doc", documentId).param("prog", programId).param("issuer", issuerId).param("y", year)
                .param("title", title).param("kind", kind.name()).param("id", id).param("version", version)
                .update() == 1;
    }

    public long countTasksOfPlan(long planId) {
        return jdbc.sql("SELECT COUNT(*) FROM task WHERE plan_id = :p").param("p", planId).query(Long.class).single();
    }

    /** Whether a plan has tasks citing contents of another program than the one given (or any, when null). */
    public boolean planHasTasksOnOtherContents(long planId, Long programId) {
        if (programId == null) {
            return jdbc.sql("SELECT COUNT(*) FROM task WHERE plan_id = :p AND content_id IS NOT NULL")
                    .param("p", planId).query(Long.class).single() > 0;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM task t JOIN program_content c ON c.id = t.content_id
                WHERE t.plan_id = :p AND c.program_id <> :prog""")
                .param("p", planId).param("prog", programId).query(Long.class).single() > 0;
    }

    public void releaseGroupOrdinals(long planId) {
        jdbc.sql("UPDATE task_group SET ordinal = -id WHERE plan_id = :p").param("p", planId).update();
    }

    public void updateGroup(long groupId, int ordinal, String title, int weight) {
        jdbc.sql("UPDATE task_group SET ordinal = :n, title = :t, weight = :w WHERE id = :id")
                .param("n", ordinal).param("t", title).param("w", weight).param("id", groupId).update();
    }

    public void deleteGroup(long groupId) {
        jdbc.sql("DELETE FROM task_group WHERE id = :id").param("id", groupId).update();
    }

    public boolean groupHasTasks(long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM task WHERE group_id = :g").param("g", groupId).query(Long.class).single() > 0;
    }

    /** Changes every field of a task a coordinator may edit, if nobody else did since the version was read. */
    public boolean updateTask(long id, int version, Long groupId, Long contentId, String title, String description,
                              String expectedOutput, long leadId, TaskDeadline deadline, Task.Priority priority, int weight) {
        return jdbc.sql("""
                UPDATE task SET group_id = :grp, content_id = :content, title = :title, description = :description,
                    expected_output = :output, lead_organization_id = :lead, deadline_kind = :kind, deadline_period = :period,
                    due_date = :due, recurring_period = :every, priority = :priority, weight = :weight, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("grp", groupId).param("content", contentId).param("title", title).param("description", description)
                .param("output", expectedOutput).param("lead", leadId).param("kind", deadline.kind().name())
                .param("period", deadline.period()).param("due", deadline.dueDate())
                .param("every", deadline.recurringPeriod() == null ? null : deadline.recurringPeriod().name())
                .param("priority", priority.name()).param("weight", weight).param("id", id).param("version", version)
                .update() == 1;
    }

    public void deleteCoordinators(long taskId) {
        jdbc.sql("DELETE FROM task_coordinator WHERE task_id = :t").param("t", taskId).update();
    }

    public void deleteLegalBasis(long taskId) {
        jdbc.sql("DELETE FROM task_legal_basis WHERE task_id = :t").param("t", taskId).update();
    }

    public Optional<ProgressUpdate> findUpdate(long id) {
        return jdbc.sql("SELECT " + UPDATE_COLUMNS + " FROM progress_update u WHERE u.id = :id")
                .param("id", id).query(ProgramRepository::update).optional();
    }

    public long insertEvidence(long progressUpdateId, String fileName, String contentType, long size, String sha256,
                               String storageKey, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO progress_evidence (progress_update_id, file_name, content_type, byte_size, sha256, storage_key,
                    uploaded_at, uploaded_by)
                VALUES (:u, :name, :type, :size, :sha, :key, :now, :actor)""")
                .param("u", progressUpdateId).param("name", fileName).param("type", contentType).param("size", size)
                .param("sha", sha256).param("key", storageKey).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String EVIDENCE_COLUMNS = "e.id, e.progress_update_id, e.file_name, e.content_type, e.byte_size, e.sha256,"
            + " e.storage_key, e.uploaded_at, e.uploaded_by";

    private static Evidence evidence(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9));
    }

    /** The evidence of every update of a task, in order of upload. */
    public List<Evidence> evidenceOfTask(long taskId) {
        return jdbc.sql("SELECT " + EVIDENCE_COLUMNS + " FROM progress_evidence e JOIN progress_update u ON u.id = e.progress_update_id"
                        + " WHERE u.task_id = :t ORDER BY e.id")
                .param("t", taskId).query(ProgramRepository::evidence).list();
    }

    /** One evidence file, only if it proves an update of that task. */
    public Optional<Evidence> findEvidence(long taskId, long evidenceId) {
        return jdbc.sql("SELECT " + EVIDENCE_COLUMNS + " FROM progress_evidence e JOIN progress_update u ON u.id = e.progress_update_id"
                        + " WHERE u.task_id = :t AND e.id = :id")
                .param("t", taskId).param("id", evidenceId).query(ProgramRepository::evidence).optional();
    }

    // --- reminders

    /**
     * Tasks not cancelled whose deadline falls on or before the horizon, and every recurring task (its reporting
     * periods end within the year): the candidates of the daily reminders. Whether one is done is decided from its
     * progress, by {@code TaskStatus}.
     */
    public List<Task> findReminderCandidates(LocalDate horizon) {
        return tasks("WHERE t.cancelled_reason IS NULL AND (t.due_date <= :horizon OR t.deadline_kind = 'RECURRING')",
                Map.of("horizon", horizon));
    }
}
