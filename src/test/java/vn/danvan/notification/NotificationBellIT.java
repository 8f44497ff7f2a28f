package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.Browser;
import vn.danvan.support.IntegrationTest;

/**
 * In a real browser (headless Chromium): the bell in the navbar shows the unread count (loaded by htmx after the
 * page) and leads to the notices; opening one goes to its task and the count goes down. Screenshot in
 * target/screenshots/notifications.png.
 */
class NotificationBellIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organizations organizations;

    @BeforeAll
    static void requireChromium() {
        Browser.requireInstalled();
    }

    @Test
    void theBellShowsTheUnreadCountAndOpensTheNotices() {
        String username = "chuong" + Long.toString(System.nanoTime(), 36);
        long user = accounts.createSystemAccount(username, "Nguyễn Văn Chuông", Role.UNIT_OFFICER,
                organizations.findByCode("UBX-05503").orElseThrow().id(), "demo", null);
        notifications.send(List.of(
                new Notice("bell:1", user, "TASK_OVERDUE", "notification.task.overdue",
                        List.of("Báo cáo sơ kết 6 tháng công tác dân vận", "30/06/2030", "UBND xã Tân Cương"), "/tasks/mine"),
                new Notice("bell:2", user, "TASK_DUE", "notification.task.due",
                        List.of("Tổ chức hội nghị đối thoại với nhân dân", "31/07/2030", "UBND xã Tân Cương"), "/tasks/mine"),
                new Notice("bell:3", user, "TASK_DUE", "notification.task.periodDue",
                        List.of("Nắm tình hình tư tưởng nhân dân", "30/09/2030", "UBND xã Tân Cương"), "/tasks/mine")));

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#nav-notifications #notification-badge"), "3"));

            driver.findElement(By.id("nav-notifications")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("notification-list")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Thông báo").contains("3 chưa đọc");
            assertThat(driver.findElements(By.cssSelector("#notification-list > li"))).hasSize(3);
            browser.screenshot("notifications.png");

            driver.findElements(By.cssSelector("#notification-list .notice-text")).get(0).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/tasks/mine"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#nav-notifications #notification-badge"), "2"));
        }
    }
}
