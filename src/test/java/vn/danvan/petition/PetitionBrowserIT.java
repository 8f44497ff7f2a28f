package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.Browser;
import vn.danvan.support.IntegrationTest;
import vn.danvan.system.VietnameseFormat;

/**
 * A citizen's complaint from the reception desk to the public tracking page, in a real browser (issue 5): the
 * officer records the visit, opens a petition from it ("Mở đơn từ lượt tiếp"), completes the intake, accepts it
 * (thụ lý) and sees the due date the rule and the working calendar give; the citizen then types the code on the
 * public page and sees the status and the same due date — and not their own name, CCCD or complaint.
 */
class PetitionBrowserIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    LegalRules rules;

    @Autowired
    WorkingCalendar calendar;

    @BeforeAll
    static void requireChromium() {
        Browser.requireInstalled();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A valid CCCD: Thái Nguyên (019), born in the 1980s, random otherwise. */
    private static String idNumber() {
        Random random = new Random();
        return "01908" + random.nextInt(10) + String.format("%06d", random.nextInt(1_000_000));
    }

    /** Clicks an element after scrolling it (at once: Bootstrap scrolls smoothly) to the middle of the window. */
    private static void click(Browser browser, By by) {
        org.openqa.selenium.WebElement element = browser.driver().findElement(by);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void aComplaintRecordedAtTheDeskIsAcceptedWithItsLegalDueDateAndTrackedPubliclyWithoutPersonalData() {
        String tag = Long.toString(System.nanoTime(), 36);
        String citizen = "Trịnh Thị Tra Cứu " + tag;
        String idNumber = idNumber();
        String content = "Khiếu nại quyết định thu hồi đất ở xóm Gò Móng " + tag;
        LocalDate today = LocalDate.now(VietnameseFormat.ZONE);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys("tiepdan");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.navbar")));

            // 1. the visit at the reception desk
            driver.get(url("/reception/visits/new"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
            new Select(driver.findElement(By.id("category"))).selectByValue("COMPLAINT");
            new Select(driver.findElement(By.id("field"))).selectByValue("LAND");
            driver.findElement(By.id("citizensCount")).clear();
            driver.findElement(By.id("citizensCount")).sendKeys("1");
            driver.findElement(By.id("content")).sendKeys(content);
            new Select(driver.findElement(By.id("outcome"))).selectByValue("PETITION_RECEIVED");
            driver.findElement(By.name("citizens[0].fullName")).sendKeys(citizen);
            driver.findElement(By.name("citizens[0].address")).sendKeys("xóm Gò Móng, xã Tân Cương");
            driver.findElement(By.name("citizens[0].idNumber")).sendKeys(idNumber);
            driver.findElement(By.name("citizens[0].phone")).sendKeys("0987654321");
            click(browser, By.cssSelector("#visit-form button.btn-primary[type=submit]"));
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.id("open-petition")).isEmpty() || !d.findElements(By.id("form-error")).isEmpty());
            assertThat(driver.findElements(By.id("form-error"))).as(driver.getPageSource()).isEmpty();

            // 2. the petition opened from the visit, prefilled, completed by the officer
            click(browser, By.id("open-petition"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("petition-form")));
            assertThat(driver.findElement(By.id("content")).getAttribute("value")).isEqualTo(content);
            assertThat(driver.findElement(By.name("petitioners[0].fullName")).getAttribute("value")).isEqualTo(citizen);
            driver.findElement(By.id("respondent")).sendKeys("Ủy ban nhân dân xã Tân Cương");
            browser.screenshot("petition-from-visit.png");
            click(browser, By.cssSelector("#petition-form button.btn-primary[type=submit]"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
            String code = driver.findElement(By.id("tracking-code")).getText();
            assertThat(TrackingCode.read(code)).isPresent();
            assertThat(driver.findElement(By.id("petition-status")).getText()).isEqualTo("Chờ xử lý");
            assertThat(driver.findElement(By.id("public-tracking-link")).getAttribute("href"))
                    .endsWith("/tra-cuu?ma=" + TrackingCode.read(code).orElseThrow());

            // 3. classification: accepted (thụ lý) today, normal complaint
            click(browser, By.id("accept"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("due-date")));
            // Luật Khiếu nại 2011 Art. 28 (or Luật 136/2025/QH15 from 1/7/2026) on the working calendar (BLDS 2015 Art. 147–148)
            LegalRule rule = rules.require("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, today);
            LocalDate expected = calendar.deadline(today, rule.limitDays(), rule.countingMode()).due();
            String due = VietnameseFormat.date(expected);
            assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Đã thụ lý");
            assertThat(driver.findElement(By.id("due-date")).getText()).isEqualTo(due);
            browser.screenshot("petition-case-due.png");

            // 4. the citizen, not signed in, on the public page
            driver.manage().deleteAllCookies();
            driver.get(url("/login"));
            driver.findElement(By.id("public-tracking-link")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-form")));
            driver.findElement(By.id("ma")).sendKeys(code.toLowerCase());
            driver.findElement(By.id("tracking-submit")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-result")));
            assertThat(driver.findElement(By.id("tracking-code")).getText()).isEqualTo(code);
            assertThat(driver.findElement(By.id("tracking-status")).getText()).isEqualTo("Đã thụ lý, đang giải quyết");
            assertThat(driver.findElement(By.id("tracking-step")).getText()).isEqualTo("Giải quyết vụ việc");
            assertThat(driver.findElement(By.id("tracking-received")).getText()).isEqualTo(VietnameseFormat.date(today));
            assertThat(driver.findElement(By.id("tracking-due")).getText()).isEqualTo(due);
            long left = java.time.temporal.ChronoUnit.DAYS.between(today, expected);
            assertThat(driver.findElement(By.id("tracking-remaining")).getText()).isEqualTo("còn " + left + " ngày");
            assertThat(driver.findElements(By.cssSelector("nav.navbar"))).isEmpty();
            String page = driver.getPageSource();
            assertThat(page).doesNotContain(citizen).doesNotContain(idNumber).doesNotContain("0987654321")
                    .doesNotContain("Gò Móng").doesNotContain(content).doesNotContain("Vũ Văn Tiếp Dân");
            browser.screenshot("petition-public-tracking.png");
        }
    }
}
