package vn.danvan.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentNumber;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.program.TaskImportReport.Message;
import vn.danvan.program.internal.OrganizationNames;
import vn.danvan.program.internal.TaskImportColumn;
import vn.danvan.program.internal.TaskImportFile;
import vn.danvan.program.internal.TaskImportLine;
import vn.danvan.program.internal.TaskImportTemplate;
import vn.danvan.system.PageQuery;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.SheetReader;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Import of a plan's tasks from the Excel list the plan was drafted in. Every row is checked before anything is
 * written — organizations by name or code (with the nearest names offered for one not found), the deadline as
 * written, the legal basis in the document registry — and the file is written whole, in one transaction, or not at
 * all. A task already in the plan (same title and lead) is refused, so importing the same file twice adds nothing.
 */
@Service
public class TaskImport {

    public static final int MAX_ROWS = TaskImportFile.MAX_ROWS;
    public static final int MAX_MEGABYTES = (int) (TaskImportFile.MAX_BYTES / (1024 * 1024));
    static final int MAX_TITLE = 1000;
    static final int MAX_DESCRIPTION = 4000;
    private static final Locale AUDIT_LANGUAGE = Locale.forLanguageTag("vi");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;\\n]\\s*");
    private static final Pattern ISSUED_ON = Pattern.compile("(?iu)\\s*,?\\s+(?:ngày|ngay)\\s+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ProgramPlans plans;
    private final Organizations organizations;
    private final DocumentRegistry documents;
    private final AuditTrail audit;
    private final MessageSource messages;

    public TaskImport(ProgramPlans plans, Organizations organizations, DocumentRegistry documents, AuditTrail audit,
                      MessageSource messages) {
        this.plans = plans;
        this.organizations = organizations;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
    }

    /** Reads and checks the file against the plan, the organizations in force and the registry; writes nothing. */
    @Transactional(readOnly = true)
    public TaskImportReport check(long planId, String fileName, InputStream content, DanVanUser user) {
        requireCoordinator(user);
        long start = System.nanoTime();
        return check(plans.plan(planId), fileName, content).report().withElapsed(millisSince(start));
    }

    /** Checks the file, then, only if no row has an error, creates its groups and tasks in this one transaction. */
    @Transactional
    public TaskImportReport apply(long planId, String fileName, InputStream content, DanVanUser user) {
        requireCoordinator(user);
        long start = System.nanoTime();
        Plan plan = plans.plan(planId);
        Checked checked = check(plan, fileName, content);
        TaskImportReport report = checked.report();
        if (!report.ok()) {
            report = report.withElapsed(millisSince(start));
            audit.record("TASK_IMPORT_REFUSED", "plan", plan.id(), text("task.import.audit.refused", report.fileName(),
                    report.problems().isEmpty() ? text("task.import.audit.errorRows", report.errorRows())
                            : text(report.problems().get(0).key(), report.problems().get(0).arguments().toArray())));
            return report;
        }
        Map<String, Long> groups = new HashMap<>(checked.groups());
        for (String title : report.newGroups()) {
            groups.put(groupKey(title), plans.addGroup(plan.id(), title, 1));
        }
        for (Checked.Task task : checked.tasks()) {
            TaskDeadline d = task.deadline();
            plans.createTask(new ProgramPlans.NewTask(plan.id(), task.group() == null ? null : groups.get(groupKey(task.group())), null,
                    task.title(), task.description(), task.output(), task.lead(), task.coordinators(), d.kind(), d.dueDate(), d.period(),
                    d.recurringPeriod(), task.priority(), task.weight(), task.legalBasis()));
        }
        report = report.markApplied(checked.tasks().size()).withElapsed(millisSince(start));
        audit.record("TASKS_IMPORTED", "plan", plan.id(), text("task.import.audit.applied", report.fileName(),
                report.imported(), report.newGroups().size()));
        return report;
    }

    /** The columns the import reads, in the template's order, for the page that explains them. */
    public static List<TaskImportColumn> columns() {
        return List.of(TaskImportColumn.values());
    }

    /** An empty task list to fill in: the Vietnamese headers this import reads, and a sheet saying how to write them. */
    public void writeTemplate(String sheetName, String guideSheetName, OutputStream out) throws IOException {
        TaskImportTemplate.write(sheetName, guideSheetName, out);
    }

    private void requireCoordinator(DanVanUser user) {
        if (!plans.mayCoordinate(user)) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    // --- checking

    private record Checked(TaskImportReport report, Map<String, Long> groups, List<Task> tasks) {

        record Task(String group, String title, String description, String output, long lead, List<Long> coordinators,
                    TaskDeadline deadline, vn.danvan.program.Task.Priority priority, int weight, List<Long> legalBasis) {
        }
    }

    private Checked check(Plan plan, String fileName, InputStream content) {
        String name = SheetReader.displayName(fileName);
        List<TaskImportLine> lines;
        try {
            lines = TaskImportFile.read(name, content);
        } catch (SheetReader.Unreadable e) {
            return new Checked(TaskImportReport.refused(plan.id(), name, Message.error(e.key(), e.arguments())), Map.of(), List.of());
        }
        Resolver resolver = new Resolver();
        Map<String, Long> groups = new LinkedHashMap<>();
        plans.groups(plan.id()).forEach(g -> groups.putIfAbsent(groupKey(g.title()), g.id()));
        Set<String> newGroups = new LinkedHashSet<>();
        Map<String, Integer> existing = new HashMap<>();
        plans.allTasksOfPlan(plan.id()).forEach(r -> existing.putIfAbsent(taskKey(r.task().title(), r.task().leadOrganizationId()),
                r.task().ordinal()));
        Map<String, Integer> seen = new HashMap<>();
        List<TaskImportReport.Row> rows = new ArrayList<>();
        List<Checked.Task> tasks = new ArrayList<>();
        for (TaskImportLine line : lines) {
            List<Message> problems = new ArrayList<>();
            List<Message> notes = new ArrayList<>();
            String title = line.title();
            if (title.isEmpty()) {
                problems.add(Message.error("task.import.row.title.empty"));
            } else if (title.length() > MAX_TITLE) {
                problems.add(Message.error("task.import.row.tooLong", "Nhiệm vụ", MAX_TITLE));
            }
            if (line.description().length() > MAX_DESCRIPTION) {
                problems.add(Message.error("task.import.row.tooLong", "Mô tả", MAX_DESCRIPTION));
            }
            if (line.output().length() > MAX_TITLE) {
                problems.add(Message.error("task.import.row.tooLong", "Sản phẩm", MAX_TITLE));
            }
            if (line.group().length() > MAX_TITLE) {
                problems.add(Message.error("task.import.row.tooLong", "Nhóm nhiệm vụ", MAX_TITLE));
            }
            Long lead = null;
            if (line.lead().isEmpty()) {
                problems.add(Message.error("task.import.row.lead.empty"));
            } else {
                Resolved<Long> found = resolver.organization(line.lead());
                found.problem().ifPresent(problems::add);
                lead = found.value();
            }
            List<Long> coordinators = new ArrayList<>();
            for (String written : split(line.coordinators())) {
                Resolved<Long> found = resolver.organization(written);
                found.problem().ifPresent(problems::add);
                if (found.value() != null && found.value().equals(lead)) {
                    problems.add(Message.error("task.import.row.coordinatorIsLead", written));
                } else if (found.value() != null && !coordinators.contains(found.value())) {
                    coordinators.add(found.value());
                }
            }
            TaskDeadline deadline = null;
            try {
                deadline = DeadlineText.parse(line.deadline(), plan.year());
            } catch (RuleViolation violation) {
                problems.add(Message.error(violation.messageKey(), violation.arguments()));
            }
            List<Long> legalBasis = new ArrayList<>();
            for (String written : split(line.legalBasis())) {
                Resolved<Long> found = resolver.document(written);
                found.problem().ifPresent(problems::add);
                if (found.value() != null && !legalBasis.contains(found.value())) {
                    legalBasis.add(found.value());
                }
            }
            Task.Priority priority = priority(line.priority());
            if (priority == null) {
                problems.add(Message.error("task.import.row.priority", line.priority()));
            }
            Integer weight = weight(line.weight());
            if (weight == null) {
                problems.add(Message.error("task.import.row.weight", line.weight()));
            }
            String group = line.group().isEmpty() ? null : line.group();
            if (group != null && !groups.containsKey(groupKey(group))
                    && newGroups.stream().noneMatch(g -> groupKey(g).equals(groupKey(group)))) {
                newGroups.add(group);
                notes.add(Message.info("task.import.row.newGroup", group));
            }
            if (lead != null && !title.isEmpty()) {
                String key = taskKey(title, lead);
                if (existing.containsKey(key)) {
                    problems.add(Message.error("task.import.row.alreadyInPlan", existing.get(key)));
                }
                Integer earlier = seen.putIfAbsent(key, line.number());
                if (earlier != null) {
                    problems.add(Message.error("task.import.row.duplicate", earlier));
                }
            }
            List<Message> all = new ArrayList<>(problems);
            all.addAll(notes);
            rows.add(new TaskImportReport.Row(line.number(), title, line.lead(), line.deadline(), all));
            if (problems.isEmpty()) {
                tasks.add(new Checked.Task(group, title, line.description(), line.output(), lead, coordinators, deadline, priority,
                        weight, legalBasis));
            }
        }
        TaskImportReport report = new TaskImportReport(plan.id(), name, List.of(), rows, new ArrayList<>(newGroups), false, 0, 0);
        return new Checked(report, groups, tasks);
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(cell.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "Cao", "Bình thường" ("Trung bình"), "Thấp"; empty is normal; anything else is null. */
    static Task.Priority priority(String written) {
        return switch (VietnameseText.fold(written)) {
            case "" , "binh thuong", "trung binh" -> Task.Priority.NORMAL;
            case "cao" -> Task.Priority.HIGH;
            case "thap" -> Task.Priority.LOW;
            default -> null;
        };
    }

    /** A whole number from 1 to 100; empty is 1; anything else is null. */
    static Integer weight(String written) {
        if (written == null || written.isBlank()) {
            return 1;
        }
        if (!written.strip().matches("\\d{1,3}")) {
            return null;
        }
        int weight = Integer.parseInt(written.strip());
        return weight >= 1 && weight <= 100 ? weight : null;
    }

    private static String groupKey(String title) {
        return VietnameseText.fold(title).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String taskKey(String title, long lead) {
        return lead + "|" + VietnameseText.fold(title).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A value found for a cell's text, or the problem that stands in its way. */
    private record Resolved<T>(T value, Optional<Message> problem) {

        static <T> Resolved<T> of(T value) {
            return new Resolved<>(value, Optional.empty());
        }

        static <T> Resolved<T> error(String key, Object... arguments) {
            return new Resolved<>(null, Optional.of(Message.error(key, arguments)));
        }
    }

    /**
     * Resolves organizations and documents for one file, each text once: a plan repeats the same few lead
     * organizations and legal bases on every row.
     */
    private final class Resolver {

        private OrganizationNames names;
        private final Map<String, Resolved<Long>> organizationsSeen = new HashMap<>();
        private final Map<String, Resolved<Long>> documentsSeen = new HashMap<>();

        Resolved<Long> organization(String written) {
            return organizationsSeen.computeIfAbsent(written, this::findOrganization);
        }

        Resolved<Long> document(String written) {
            return documentsSeen.computeIfAbsent(written, this::findDocument);
        }

        private Resolved<Long> findOrganization(String written) {
            if (names == null) {
                names = new OrganizationNames(organizations.currentInScope(Scope.all()));
            }
            OrganizationNames.Match match = names.match(written);
            if (match instanceof OrganizationNames.Found found) {
                return Resolved.of(found.organization().id());
            }
            if (match instanceof OrganizationNames.Ambiguous ambiguous) {
                return Resolved.error("task.import.org.ambiguous", written, ambiguous.organizations().stream()
                        .map(o -> o.name() + " (" + o.code() + ")").collect(Collectors.joining(", ")));
            }
            Optional<Organization> former = former(written);
            if (former.isPresent()) {
                String now = organizations.currentResponsible(former.get().id()).stream().filter(Organization::isCurrent)
                        .map(o -> o.name() + " (" + o.code() + ")").collect(Collectors.joining(", "));
                return now.isEmpty() ? Resolved.error("task.import.org.dissolved", written)
                        : Resolved.error("task.import.org.former", written, now);
            }
            Map<Organization, String> suggestions = ((OrganizationNames.NotFound) match).suggestions();
            if (suggestions.isEmpty()) {
                return Resolved.error("task.import.org.notFound", written);
            }
            return Resolved.error("task.import.org.suggest", written, suggestions.entrySet().stream()
                    .map(e -> e.getValue() + " (" + e.getKey().code() + ")").collect(Collectors.joining(", ")));
        }

        /** A body no longer in force that the text names by code or name: the file was made from an older plan. */
        private Optional<Organization> former(String written) {
            Optional<Organization> byCode = organizations.findByCode(written.strip()).filter(o -> !o.isCurrent());
            if (byCode.isPresent()) {
                return byCode;
            }
            List<Organization> candidates = organizations.search(Scope.all(), new OrganizationSearch(written, null, null, true),
                    PageQuery.of(0, 50, null, null)).items().stream().filter(o -> !o.isCurrent()).toList();
            OrganizationNames.Match match = new OrganizationNames(candidates).match(written);
            if (match instanceof OrganizationNames.Found found) {
                return Optional.of(found.organization());
            }
            if (match instanceof OrganizationNames.Ambiguous ambiguous) {
                return Optional.of(ambiguous.organizations().get(0));
            }
            return Optional.empty();
        }

        /** "44/KH-UBND", or "16/CT-TTg ngày 31/03/2020" when the number and symbol alone name several documents. */
        private Resolved<Long> findDocument(String written) {
            String[] parts = ISSUED_ON.split(written, 2);
            LocalDate issued = null;
            if (parts.length == 2) {
                try {
                    issued = LocalDate.parse(parts[1].strip().replace('.', '/').replace('-', '/'), DAY);
                } catch (DateTimeParseException e) {
                    return Resolved.error("task.import.document.badDate", written);
                }
            }
            Optional<DocumentNumber> number = DocumentNumber.parse(parts[0]);
            if (number.isEmpty()) {
                return Resolved.error("task.import.document.unreadable", written);
            }
            DocumentNumber n = number.get();
            List<Document> found = documents.candidates(n.number(), n.symbol(), n.embeddedYear(), issued);
            if (found.isEmpty()) {
                return Resolved.error("task.import.document.notFound", written);
            }
            if (found.size() > 1) {
                Document example = found.get(found.size() - 1);
                return Resolved.error("task.import.document.ambiguous", n.display(), found.stream()
                        .map(d -> d.issueDate() == null ? d.shortCitation() + " (" + d.year() + ")"
                                : d.shortCitation() + " ngày " + VietnameseFormat.date(d.issueDate()))
                        .collect(Collectors.joining("; ")),
                        example.issueDate() == null ? "dd/MM/yyyy" : VietnameseFormat.date(example.issueDate()));
            }
            return Resolved.of(found.get(0).id());
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, AUDIT_LANGUAGE);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
