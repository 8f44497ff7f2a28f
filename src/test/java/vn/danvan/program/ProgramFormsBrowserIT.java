package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.Browser;
import vn.danvan.support.IntegrationTest;

/**
 * A coordinator assigns a task in a real browser: the lead and the coordinating organizations are found by
 * typing a few words without diacritics (htmx pickers over hundreds of organizations), then saved.
 */
class ProgramFormsBrowserIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ProgramPlans plans;

    @BeforeAll
    static void requireChromium() {
        Browser.requireInstalled();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCoordinatorFindsTheLeadAndCoordinatorsByTypingAndAssignsATask() {
        long planId = plans.plans(null).get(0).id();
        String title = "Nhiệm vụ giao qua trình duyệt " + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys("bdv");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-stats")));

            driver.get(url("/plans/" + planId));
            driver.findElement(By.id("plan-task-new")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
            driver.findElement(By.id("title")).sendKeys(title);

            driver.findElement(By.id("q-leadOrganizationId")).sendKeys("tan cuong");
            // htmx swaps the options while the words are typed: wait until the match is there, then choose it by value
            String leadId = browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> new Select(d.findElement(By.id("leadOrganizationId"))).getOptions().stream()
                            .filter(o -> o.getText().equals("Ủy ban nhân dân xã Tân Cương")).map(o -> o.getAttribute("value")).findFirst().orElse(null));
            new Select(driver.findElement(By.id("leadOrganizationId"))).selectByValue(leadId);

            driver.findElement(By.id("q-coordinatorIds")).sendKeys("noi vu");
            String boxId = browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#coordinatorIds-box label")).stream()
                            .filter(l -> l.getText().startsWith("Sở Nội vụ")).map(l -> l.getAttribute("for")).findFirst().orElse(null));
            browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(By.id(boxId)).click();
                return true;
            });
            // a second search keeps the organization already ticked
            driver.findElement(By.id("q-coordinatorIds")).clear();
            driver.findElement(By.id("q-coordinatorIds")).sendKeys("mat tran");
            browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#coordinatorIds-box label")).stream()
                            .anyMatch(l -> l.getText().contains("Mặt trận")));
            assertThat(driver.findElements(By.cssSelector("#coordinatorIds-box input:checked"))).hasSize(1);

            new Select(driver.findElement(By.id("deadlineKind"))).selectByValue("YEAR");
            browser.screenshot("program-task-form.png");
            driver.findElement(By.cssSelector("#task-form button.btn-primary")).click();
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.id("task-title")).isEmpty() || !d.findElements(By.id("form-error")).isEmpty());
            assertThat(driver.findElements(By.id("form-error"))).as(driver.getPageSource()).isEmpty();
            assertThat(driver.findElement(By.id("task-title")).getText()).isEqualTo(title);
            assertThat(driver.findElement(By.id("task-fields")).getText()).contains("Ủy ban nhân dân xã Tân Cương", "Sở Nội vụ");
            browser.screenshot("program-task-assigned.png");

            driver.get(url("/programs/new"));
            browser.screenshot("program-form.png");
        }
    }
}
