package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** A user's notices over HTTP: the page, the bell, opening and marking read, the REST API, and nobody else's. */
class NotificationsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Notifications notifications;

    @Autowired
    Inbox inbox;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organizations organizations;

    private final String tag = Long.toString(System.nanoTime(), 36);

    private long user(String prefix) {
        return accounts.createSystemAccount(prefix + tag, "Người nhận " + prefix + " " + tag, Role.UNIT_OFFICER,
                organizations.findByCode("UBX-05503").orElseThrow().id(), "demo", null);
    }

    private WebSession signedIn(String username) {
        WebSession session = session();
        assertThat(session.login(username, "demo").status()).isEqualTo(302);
        session.get("/notifications");
        return session;
    }

    private static Notice due(long recipient, int n) {
        return new Notice("test-due:" + n, recipient, "TASK_DUE", "notification.task.due",
                List.of("Nhiệm vụ thử " + n, "30/11/2030", "UBND xã Tân Cương"), "/tasks/" + (900000 + n));
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void sendingTheSameNoticeAgainStoresNothingForThatRecipientButAnotherRecipientGetsIt() {
        long a = user("na");
        long b = user("nb");
        assertThat(notifications.send(List.of(due(a, 1)))).isEqualTo(1);
        assertThat(notifications.send(List.of(due(a, 1), due(a, 1)))).isZero();
        assertThat(notifications.send(List.of(due(a, 1), due(b, 1)))).isEqualTo(1);
        assertThat(inbox.unreadCount(a)).isEqualTo(1);
        assertThat(inbox.unreadCount(b)).isEqualTo(1);
    }

    @Test
    void theInboxListsOnesOwnNoticesNewestFirstPagedAndInTheReadersLanguage() {
        long a = user("pa");
        List<Notice> notices = new ArrayList<>();
        for (int n = 1; n <= 24; n++) {
            notices.add(due(a, n));
        }
        notices.add(new Notice("test-case:1", a, "CASE_DUE", "notification.task.overdue",
                List.of("Hồ sơ thử", "01/12/2030", "Ban Tiếp công dân tỉnh"), "/tasks/1"));
        assertThat(notifications.send(notices)).isEqualTo(25);

        WebSession session = signedIn("pa" + tag);
        WebSession.Response page = session.get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#notification-list > li")).hasSize(20);
        assertThat(page.text("#unread-count")).isEqualTo("25 chưa đọc");
        // newest first: the last one sent heads the list
        assertThat(page.html().select("#notification-list .notice-text").first().text()).contains("Hồ sơ thử");
        assertThat(page.text("#notification-list")).contains("Nhiệm vụ “Nhiệm vụ thử 24” (UBND xã Tân Cương chủ trì) đến hạn ngày 30/11/2030.");
        assertThat(session.get("/notifications?page=1").html().select("#notification-list > li")).hasSize(5);
        assertThat(session.get("/notifications?category=CASE_DUE").html().select("#notification-list > li")).hasSize(1);
        assertThat(session.get("/notifications/badge").body()).contains("25");

        WebSession english = signedIn("pa" + tag);
        assertThat(english.get("/notifications?lang=en").text("#notification-list"))
                .contains("Task “Nhiệm vụ thử 24” (led by UBND xã Tân Cương) is due on 30/11/2030.");
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsRecordAndAllCanBeMarkedRead() {
        long a = user("oa");
        notifications.send(List.of(due(a, 1), due(a, 2), due(a, 3)));
        List<StoredNotice> stored = inbox.page(a, false, null, vn.danvan.system.PageQuery.of(0, 10, null, null)).items();
        long first = stored.get(2).id();

        WebSession session = signedIn("oa" + tag);
        WebSession.Response open = session.get("/notifications/" + first);
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.location()).endsWith("/tasks/900001");
        assertThat(inbox.unreadCount(a)).isEqualTo(2);

        session.get("/notifications?unread=true");
        WebSession.Response read = session.postForm("/notifications/" + stored.get(0).id() + "/read", Map.of("unread", "true"));
        assertThat(read.status()).isEqualTo(302);
        assertThat(read.location()).endsWith("/notifications?unread=true");
        WebSession.Response unread = session.get("/notifications?unread=true");
        assertThat(unread.html().select("#notification-list > li")).hasSize(1);

        WebSession.Response all = session.postForm("/notifications/read-all", Map.of());
        assertThat(all.status()).isEqualTo(302);
        WebSession.Response after = session.get("/notifications");
        assertThat(after.body()).contains("Đã đánh dấu 1 thông báo là đã đọc.");
        assertThat(after.html().select("#unread-count")).isEmpty();
        assertThat(session.get("/notifications?unread=true").text("#notifications-empty")).isEqualTo("Không có thông báo nào phù hợp.");
        assertThat(inbox.unreadCount(a)).isZero();
    }

    @Test
    void anotherUsersNoticeIsNotFoundInThePagesAndTheApi() throws Exception {
        long a = user("sa");
        long b = user("sb");
        notifications.send(List.of(due(a, 1), due(b, 1)));
        long ofB = inbox.page(b, false, null, vn.danvan.system.PageQuery.of(0, 10, null, null)).items().get(0).id();

        WebSession session = signedIn("sa" + tag);
        assertThat(session.get("/notifications/" + ofB).status()).isEqualTo(404);
        assertThat(session.postForm("/notifications/" + ofB + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(session.get("/notifications").html().select("[data-notice-id=" + ofB + "]")).isEmpty();
        WebSession api = session().withBasicAuth("sa" + tag, "demo");
        assertThat(api.getJson("/api/v1/notifications/" + ofB).status()).isEqualTo(404);
        assertThat(api.postJson("/api/v1/notifications/" + ofB + "/read", "").status()).isEqualTo(404);
        assertThat(inbox.unreadCount(b)).isEqualTo(1);
    }

    @Test
    void theApiListsTheCallersNoticesWithTheirTextAndMarksOneRead() throws Exception {
        long a = user("aa");
        notifications.send(List.of(due(a, 1), due(a, 2)));
        WebSession api = session().withBasicAuth("aa" + tag, "demo");

        WebSession.Response list = api.getJson("/api/v1/notifications?unread=true");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode body = json(list);
        assertThat(body.path("total").asLong()).isEqualTo(2);
        assertThat(body.path("unread").asLong()).isEqualTo(2);
        JsonNode newest = body.path("items").get(0);
        assertThat(newest.path("category").asText()).isEqualTo("TASK_DUE");
        assertThat(newest.path("text").asText()).isEqualTo("Nhiệm vụ “Nhiệm vụ thử 2” (UBND xã Tân Cương chủ trì) đến hạn ngày 30/11/2030.");
        assertThat(newest.path("link").asText()).isEqualTo("/tasks/900002");
        assertThat(newest.path("readAt").isNull()).isTrue();

        WebSession.Response read = api.postJson("/api/v1/notifications/" + newest.path("id").asLong() + "/read", "");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(json(read).path("readAt").isNull()).isFalse();
        assertThat(json(api.getJson("/api/v1/notifications?unread=true")).path("total").asLong()).isEqualTo(1);
        assertThat(json(api.getJson("/api/v1/notifications")).path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aNoticeThatWouldLeadOutsideTheApplicationIsRefused() {
        long a = user("la");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.send(List.of(
                new Notice("test-link", a, "TASK_DUE", "notification.task.due", List.of(), "//evil.example/phish"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.unreadCount(a)).isZero();
    }
}
