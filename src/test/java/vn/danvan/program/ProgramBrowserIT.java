package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.danvan.support.Browser;
import vn.danvan.support.IntegrationTest;

/**
 * Issue 4 in a real browser (headless Chromium): the commune officer {@code xa} opens "Việc của tôi", reports
 * one of the commune's open tasks done with one click from the list, sees the report in the task's history, and
 * the province coordinator's plan page counts one more task done than before. Runs on H2 and on PostgreSQL;
 * screenshots go to target/screenshots.
 */
class ProgramBrowserIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** "hoàn thành 73/102 nhiệm vụ (71,6%)", counts written the Vietnamese way ("1.000"). */
    private static final Pattern DONE_SENTENCE = Pattern.compile("hoàn thành ([\\d.]+)/([\\d.]+) nhiệm vụ \\((\\d+(,\\d)?%)\\)");
    private static final List<String> CLOSED_STATUSES = List.of("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã hủy");

    @BeforeAll
    static void requireChromium() {
        Browser.requireInstalled();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Browser browser, String username) {
        WebDriver driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-stats")));
    }

    private record Done(long done, long total) {
    }

    /** The plan page's first count, as the coordinator reads it. */
    private Done doneOnPlanPage(Browser coordinator, long planId) {
        coordinator.driver().get(url("/plans/" + planId));
        String counts = coordinator.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("plan-counts"))).getText();
        Matcher sentence = DONE_SENTENCE.matcher(counts);
        assertThat(sentence.find()).as("the counts sentence on the plan page: " + counts).isTrue();
        return new Done(Long.parseLong(sentence.group(1).replace(".", "")), Long.parseLong(sentence.group(2).replace(".", "")));
    }

    @Test
    void aCommuneOfficerReportsATaskDoneFromMyTasksAndTheCoordinatorsPlanCountsOneMoreDone() {
        String note = "Đã tổ chức hội nghị đối thoại với nhân dân, có biên bản (kiểm thử " + Long.toString(System.nanoTime(), 36) + ")";
        try (Browser xa = Browser.start(); Browser bdv = Browser.start()) {
            WebDriver driver = xa.driver();
            signIn(xa, "xa");

            // "Việc của tôi" from the menu: the commune's tasks, open ones first
            driver.findElement(By.cssSelector("nav a.nav-link[href$='/tasks/mine']")).click();
            xa.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("mine-table")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
            assertThat(driver.findElement(By.cssSelector(".task-counts")).getText()).startsWith("hoàn thành ");
            assertStylesLoaded(xa);
            // an open task with a deadline (a recurring task is never "done": it reports period after period)
            WebElement row = driver.findElements(By.cssSelector("#mine-table tbody tr[data-task-id]")).stream()
                    .filter(r -> !CLOSED_STATUSES.contains(r.findElement(By.cssSelector(".task-status")).getText()))
                    .filter(r -> !r.findElement(By.cssSelector("td:nth-child(3)")).getText().startsWith("Thường xuyên"))
                    .findFirst().orElseThrow(() -> new AssertionError("xa has no open task with a deadline in 'Việc của tôi'"));
            String taskId = row.getAttribute("data-task-id");
            String title = row.findElement(By.cssSelector("td:first-child a")).getText();
            xa.screenshot("program-mine-xa.png");

            // one click from the list to the task's report form
            row.findElement(By.cssSelector("td:last-child a[href$='#progress']")).click();
            xa.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-form")));
            assertThat(driver.getCurrentUrl()).endsWith("/tasks/" + taskId + "#progress");
            assertThat(driver.findElement(By.id("task-title")).getText()).isEqualTo(title);
            String planHref = driver.findElement(By.cssSelector(".breadcrumb a[href*='/plans/']")).getAttribute("href");
            long planId = Long.parseLong(planHref.replaceAll(".*/plans/(\\d+).*", "$1"));

            // the coordinator's counts before the report
            signIn(bdv, "bdv");
            Done before = doneOnPlanPage(bdv, planId);

            // done, 100%, with a note: the report is saved and heads the history
            WebElement percent = driver.findElement(By.id("percent"));
            percent.clear();
            percent.sendKeys("100");
            driver.findElement(By.id("done")).click();
            driver.findElement(By.id("note")).sendKeys(note);
            driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
            xa.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
            assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                    .contains("Đã ghi nhận báo cáo tiến độ.");
            assertThat(driver.findElement(By.id("task-status")).getText()).isIn("Hoàn thành đúng hạn", "Hoàn thành quá hạn");
            assertThat(driver.findElement(By.id("task-percent")).getText()).contains("100");
            WebElement latest = driver.findElement(By.cssSelector("#history-table tbody tr:first-child"));
            assertThat(latest.getText()).contains("100%", "Đã hoàn thành", note, "xa");
            xa.screenshot("program-task-reported.png");

            // the coordinator sees one more task done, out of the same total
            Done after = doneOnPlanPage(bdv, planId);
            assertThat(after.total()).isEqualTo(before.total());
            assertThat(after.done()).isEqualTo(before.done() + 1);
            bdv.screenshot("program-plan-counts.png");

            // and the task no longer waits in "Việc của tôi"
            driver.get(url("/tasks/mine"));
            WebElement reported = xa.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#mine-table tr[data-task-id='" + taskId + "']")));
            assertThat(reported.findElement(By.cssSelector(".task-status")).getText()).isIn("Hoàn thành đúng hạn", "Hoàn thành quá hạn");
            assertThat(reported.getText()).contains("100%");
        }
    }

    /** The pages link the versioned WebJars (vn.danvan.system.web.StaticResourceUrls) and the browser loaded them. */
    private static void assertStylesLoaded(Browser browser) {
        String bootstrap = browser.driver().findElement(By.cssSelector("link[href*='/webjars/bootstrap/']")).getAttribute("href");
        assertThat(bootstrap).matches(".*/webjars/bootstrap/\\d+\\.\\d+[^/]*/css/bootstrap\\.min\\.css");
        assertThat(browser.script("return Array.from(document.styleSheets).some(s => s.href && s.href.indexOf('/webjars/bootstrap/') > 0"
                + " && s.cssRules.length > 100);")).as("Bootstrap's styles are applied").isEqualTo(true);
    }
}
