package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.notification.Inbox;
import vn.danvan.notification.StoredNotice;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.program.internal.TaskReminders;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.PageQuery;

/**
 * The daily task reminders (issue 4): due within N days and overdue tasks notify the lead organization's officers
 * and the coordinators over it, once — however often the job runs — and by e-mail when an SMTP server is configured
 * (here GreenMail, in this JVM). The schedule itself is off ("-"): the tests run the job for a chosen day.
 */
class TaskRemindersIT extends IntegrationTest {

    private static final String PASSWORD = "Nhắc-hạn-2030-an-toàn";
    private static GreenMail mail;
    private static int smtpPort;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TaskRemindersIT::smtpPort);
        registry.add("danvan.reminders.cron", () -> "-");
    }

    private static synchronized int smtpPort() {
        if (mail == null) {
            // a free port chosen by the system: other builds on this machine may run their own SMTP tests
            mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            mail.start();
            smtpPort = mail.getSmtp().getPort();
        }
        return smtpPort;
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Autowired
    TaskReminders reminders;

    @Autowired
    ProgramPlans plans;

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Inbox inbox;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36);

    /** A new body under the commune of Tân Cương, with its own officers: nobody else works there. */
    private long organization() {
        Organization commune = organizations.findByCode("UBX-05503").orElseThrow();
        return organizations.create(new Organizations.NewOrganization("NH-" + tag, "Tổ công tác dân vận thử " + tag, null,
                OrganizationKind.OTHER, commune.unitId(), commune.id(), null, null));
    }

    private long officer(String prefix, long organizationId, boolean withEmail) {
        return accounts.create(new UserAccounts.UserDetailsForm(prefix + tag, "Cán bộ " + prefix + " " + tag,
                withEmail ? email(prefix) : null, null, null, Role.UNIT_OFFICER, organizationId), PASSWORD, false);
    }

    private String email(String prefix) {
        return prefix + tag + "@danvan.test";
    }

    private long plan(long issuer) {
        return plans.createPlan(new ProgramPlans.NewPlan(null, null, issuer, 2030, "Kế hoạch nhắc hạn " + tag, Plan.Kind.THEMATIC, List.of()));
    }

    private long task(long planId, long lead, String title, DeadlineKind kind, LocalDate due) {
        return plans.createTask(new ProgramPlans.NewTask(planId, null, null, title + " " + tag, null, null, lead, List.of(), kind, due,
                null, kind == DeadlineKind.RECURRING ? RecurringPeriod.QUARTER : null, null, null, List.of()));
    }

    private DanVanUser signedIn(long accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow();
        return new DanVanUser(account, "", true, organizations.scopeFor(account.role(), account.organizationId()));
    }

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    private Set<Long> recipientsOf(String dedupKey) {
        return Set.copyOf(jdbc.sql("SELECT recipient_id FROM notification WHERE dedup_key = :k").param("k", dedupKey)
                .query(Long.class).list());
    }

    private long noticesAbout(long taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE link = :link").param("link", "/tasks/" + taskId)
                .query(Long.class).single();
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private List<StoredNotice> noticesOf(long userId) {
        return inbox.page(userId, false, null, PageQuery.of(0, 50, null, null)).items();
    }

    @Test
    void dueAndOverdueTasksNotifyTheLeadsOfficersAndTheCoordinatorsOnceAndMailOnce() throws Exception {
        long unit = organization();
        long officer = officer("ro", unit, true);
        long colleague = officer("rc", unit, false);
        long leftService = officer("rd", unit, true);
        accounts.setEnabled(leftService, false, Scope.all(), "admin");
        long planId = plan(organizations.findByCode("TN-BTGDV").orElseThrow().id());
        LocalDate day = LocalDate.of(2030, 3, 27);
        long dueSoon = task(planId, unit, "Tổ chức hội nghị đối thoại", DeadlineKind.DATE, LocalDate.of(2030, 3, 31));
        long overdue = task(planId, unit, "Báo cáo sơ kết quý", DeadlineKind.DATE, LocalDate.of(2030, 3, 20));
        long recurring = task(planId, unit, "Nắm tình hình nhân dân", DeadlineKind.RECURRING, null);
        long later = task(planId, unit, "Tổng kết năm", DeadlineKind.DATE, LocalDate.of(2030, 12, 31));
        long done = task(planId, unit, "Rà soát quy chế", DeadlineKind.DATE, LocalDate.of(2030, 3, 30));
        plans.reportProgress(done, signedIn(officer), new ProgramPlans.NewProgress(plans.today(), 100, null, "Xong", true));
        long cancelled = task(planId, unit, "Khảo sát cũ", DeadlineKind.DATE, LocalDate.of(2030, 3, 29));
        plans.cancel(cancelled, 0, "Không còn phù hợp", signedIn(id("bdv")));

        TaskReminders.Result first = reminders.run(day);
        assertThat(first.created()).isPositive();

        Set<Long> recipients = recipientsOf("task-due:" + dueSoon + ":2030-03-31");
        // the lead's own officers (enabled ones) and the province's coordinators; not the commune above it
        assertThat(recipients).contains(officer, colleague, id("bdv"), id("ubnd"), id("lanhdao"))
                .doesNotContain(leftService, id("xa"), id("admin"), id("mttq"), id("tiepdan"));
        recipients.stream().filter(r -> r != officer && r != colleague).forEach(r ->
                assertThat(accounts.find(r).orElseThrow().role()).isIn(Role.COORDINATOR, Role.LEADER));
        assertThat(recipientsOf("task-overdue:" + overdue + ":2030-03-20")).isEqualTo(recipients);
        assertThat(recipientsOf("task-due:" + recurring + ":2030-03-31")).isEqualTo(recipients);
        assertThat(noticesAbout(later)).isZero();
        assertThat(noticesAbout(done)).isZero();
        assertThat(noticesAbout(cancelled)).isZero();

        List<StoredNotice> mine = noticesOf(officer);
        assertThat(mine).hasSize(3);
        assertThat(mine).extracting(StoredNotice::category).containsOnly("TASK_DUE", "TASK_OVERDUE");

        // running again — a second instance, a restart, the administrator's button — sends nothing twice
        TaskReminders.Result second = reminders.run(day);
        assertThat(second.created()).isZero();
        assertThat(noticesOf(officer)).hasSize(3);
        assertThat(noticesAbout(dueSoon) + noticesAbout(overdue) + noticesAbout(recurring)).isEqualTo(3L * recipients.size());

        // one e-mail with the three notices, in Vietnamese, however many runs
        mail.waitForIncomingEmail(5000, 1);
        List<MimeMessage> received = mailTo(email("ro"));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[Dân Vận số] 3 thông báo mới");
        String body = received.get(0).getContent().toString();
        assertThat(body).contains("Kính gửi Cán bộ ro " + tag, "Tổ chức hội nghị đối thoại " + tag, "đến hạn ngày 31/03/2030",
                "đã quá hạn ngày 20/03/2030", "kỳ báo cáo kết thúc ngày 31/03/2030", "/notifications/");
        assertThat(noticesOf(officer)).allMatch(n -> n.mailedAt() != null);
        assertThat(mailTo(email("rd"))).isEmpty();
        assertThat(noticesOf(colleague)).allMatch(n -> n.mailedAt() == null);
    }

    @Test
    void anOfficerOpensTheirReminderButNotAColleaguesOne() {
        long unit = organization();
        long officer = officer("ra", unit, false);
        long colleague = officer("rb", unit, false);
        long planId = plan(unit);
        long due = task(planId, unit, "Tiếp xúc cử tri", DeadlineKind.DATE, LocalDate.of(2030, 9, 30));
        reminders.run(LocalDate.of(2030, 9, 25));
        long notice = noticesOf(officer).stream().filter(n -> n.link().equals("/tasks/" + due)).findFirst().orElseThrow().id();

        WebSession own = session();
        own.login("ra" + tag, PASSWORD);
        WebSession.Response open = own.get("/notifications/" + notice);
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.location()).endsWith("/tasks/" + due);
        assertThat(own.get("/tasks/" + due).status()).isEqualTo(200);

        WebSession other = session();
        other.login("rb" + tag, PASSWORD);
        assertThat(other.get("/notifications/" + notice).status()).isEqualTo(404);
        assertThat(session().withBasicAuth("rb" + tag, PASSWORD).postJson("/api/v1/notifications/" + notice + "/read", "").status())
                .isEqualTo(404);
        assertThat(noticesOf(colleague)).anyMatch(n -> n.link().equals("/tasks/" + due) && !n.isRead());
    }

    @Test
    void aFailedEmailIsRetriedOnTheNextRunAndThenSentOnlyOnce() throws Exception {
        long unit = organization();
        long officer = officer("rm", unit, true);
        long planId = plan(unit);
        long due = task(planId, unit, "Gặp mặt người có uy tín", DeadlineKind.DATE, LocalDate.of(2030, 6, 30));
        LocalDate day = LocalDate.of(2030, 6, 26);
        smtpPort();
        mail.stop();
        try {
            assertThat(reminders.run(day).created()).isPositive();
            assertThat(noticesOf(officer)).isNotEmpty().allMatch(n -> n.mailedAt() == null);
        } finally {
            mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        assertThat(reminders.run(day).created()).isZero();
        mail.waitForIncomingEmail(5000, 1);
        assertThat(mailTo(email("rm"))).hasSize(1);
        assertThat(mailTo(email("rm")).get(0).getSubject()).startsWith("[Dân Vận số] ").contains("Gặp mặt người có uy tín " + tag);
        assertThat(noticesOf(officer)).allMatch(n -> n.mailedAt() != null);
        reminders.run(day);
        assertThat(mailTo(email("rm"))).hasSize(1);
        assertThat(noticesAbout(due)).isPositive();
    }

    @Test
    void theScheduledRunTakesTheClusterLockSoThatASecondInstanceSkipsIt() {
        long before = runs();
        reminders.daily();
        reminders.daily();
        // the second call found the lock "task-reminders" held (at least 10 minutes) and did not run
        assertThat(runs()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'task-reminders'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorRunsTodaysRemindersFromTheAdminPageAndTheRunIsAudited() {
        WebSession admin = session();
        admin.login("admin", "demo");
        WebSession.Response page = admin.get("/admin/reminders");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#reminder-mail")).isEqualTo("Gửi qua máy chủ 127.0.0.1");
        assertThat(page.text("#reminder-settings")).contains("7 ngày");
        WebSession.Response run = admin.postForm("/admin/reminders/run", Map.of());
        assertThat(run.status()).isEqualTo(302);
        WebSession.Response after = admin.get("/admin/reminders");
        assertThat(after.body()).contains("Đã chạy nhắc hạn ngày");
        assertThat(after.text("#reminder-runs")).contains("admin", "Nhắc hạn ngày");
        assertThat(audit.search(new AuditSearch("admin", "REMINDERS_RUN", null, null), PageQuery.of(0, 1, null, null)).total()).isPositive();

        WebSession coordinator = session();
        coordinator.login("bdv", "demo");
        coordinator.get("/notifications");
        assertThat(coordinator.postForm("/admin/reminders/run", Map.of()).status()).isEqualTo(403);
    }

    private long runs() {
        return audit.search(new AuditSearch(null, "REMINDERS_RUN", null, null), PageQuery.of(0, 1, null, null)).total();
    }
}
