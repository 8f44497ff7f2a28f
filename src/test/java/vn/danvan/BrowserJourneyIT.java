package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.Browser;
import vn.danvan.support.IntegrationTest;
import vn.danvan.system.PageQuery;
import vn.danvan.system.VietnameseFormat;

/**
 * A province coordinator's first minutes in a real browser (headless Chromium): the Vietnamese sign-in page with
 * the demo banner, the dashboard with its figures written the Vietnamese way, the organization list's live search
 * (htmx, without reloading the page), and signing out from the user menu. Screenshots go to target/screenshots.
 *
 * <p>Runs in both failsafe executions (H2 and PostgreSQL); the PostgreSQL run writes the screenshots last.
 */
class BrowserJourneyIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** 38.500 — groups of three digits separated by dots. */
    private static final String VIETNAMESE_INTEGER = "\\d{1,3}(\\.\\d{3})*";

    @Autowired
    AdministrativeMap map;

    @Autowired
    Organizations organizations;

    @Autowired
    UserAccounts users;

    @BeforeAll
    static void requireChromium() {
        Browser.requireInstalled();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCoordinatorSignsInSeesTheDashboardSearchesOrganizationsLiveAndSignsOut() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();

            // the sign-in page: Vietnamese, with the demo banner
            driver.get(url("/login"));
            assertThat(driver.getTitle()).isEqualTo("Đăng nhập");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
            assertThat(driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Mật khẩu");
            assertThat(driver.findElement(By.cssSelector("#login-form button[type=submit]")).getText()).isEqualTo("Đăng nhập");
            assertThat(driver.findElement(By.cssSelector(".demo-banner")).getText()).startsWith("Chế độ trình diễn");

            // sign in as the coordinator of the Ban Tuyên giáo và Dân vận
            driver.findElement(By.id("username")).sendKeys("bdv");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-stats")));

            // the dashboard: greeting and three figures, each as the dashboard's services count them, in Vietnamese format
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Xin chào").contains("Trần Thị Dân Vận");
            Scope scope = organizations.scopeFor(Role.COORDINATOR, users.findByUsername("bdv").orElseThrow().organizationId());
            assertFigure(driver, "stat-units", map.countInScope(scope));
            assertFigure(driver, "stat-organizations", organizations.countInScope(scope));
            assertFigure(driver, "stat-users", users.countInScope(scope));
            assertThat(driver.findElement(By.cssSelector(".demo-banner")).isDisplayed()).isTrue();
            assertScreenshot(browser.screenshot("dashboard-bdv.png"));

            // the organization list: typing into the search box filters the list in place (htmx), no page load
            driver.findElement(By.cssSelector("nav a.nav-link[href$='/organizations']")).click();
            WebElement search = browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(By.id("q")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cơ quan, đơn vị");
            Set<String> expected = organizations.search(scope, new OrganizationSearch("ban dan van", null, null, false),
                    PageQuery.of(0, 25, null, null)).items().stream().map(Organization::name).collect(Collectors.toSet());
            assertThat(expected).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên").doesNotContain("Sở Y tế tỉnh Thái Nguyên");
            assertThat(rowNames(driver)).as("before typing, the list also shows bodies that do not match").contains("Sở Y tế tỉnh Thái Nguyên");
            browser.script("window.danvanSamePage = true;");
            search.sendKeys("ban dan van");
            browser.waitUpTo(WAIT).withMessage("the live search to show the organizations matching 'ban dan van': " + expected)
                    .until(d -> Set.copyOf(rowNames(d)).equals(expected));
            assertThat(rowNames(driver)).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên").doesNotContain("Sở Y tế tỉnh Thái Nguyên");
            assertThat(browser.script("return window.danvanSamePage === true;"))
                    .as("the results were swapped in by htmx, not by loading a new page").isEqualTo(true);
            browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("q=ban"));
            assertScreenshot(browser.screenshot("organizations-search.png"));

            // sign out from the user menu
            driver.findElement(By.cssSelector("nav .navbar-nav:last-child .dropdown-toggle")).click();
            WebElement logout = browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//form[contains(@action,'/logout')]/button[normalize-space()='Đăng xuất']")));
            logout.click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/login?logout"));
            assertThat(driver.findElement(By.cssSelector("[role=status].alert-success")).getText()).isEqualTo("Bạn đã đăng xuất.");
            driver.get(url("/"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/login"));
            assertThat(driver.findElements(By.id("dashboard-stats"))).as("signed out: the dashboard is gone").isEmpty();
        }
    }

    private static void assertFigure(WebDriver driver, String id, long expected) {
        String shown = driver.findElement(By.id(id)).getText();
        assertThat(shown).as(id).matches(VIETNAMESE_INTEGER).isEqualTo(VietnameseFormat.number(expected));
    }

    /** The names in the organization table (first column), or nothing while htmx is swapping it. */
    private static List<String> rowNames(WebDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#organization-table tbody tr td:first-child a")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException swappedMeanwhile) {
            return List.of();
        }
    }

    private static void assertScreenshot(Path png) {
        assertThat(png).exists();
        try {
            assertThat(Files.size(png)).as("a PNG of a rendered page, not an empty image").isGreaterThan(10_000);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
