package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.system.PageQuery;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * Administrators manage users through the screens: create, edit role and organization, disable and enable,
 * reset the password. Every account here is created by the test itself; the demo accounts are never changed.
 */
class UserAdministrationIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Autowired
    Organizations organizations;

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    private long organization(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private WebSession admin() {
        WebSession admin = session();
        assertThat(admin.login("admin", "demo").location()).doesNotContain("error");
        return admin;
    }

    private Map<String, String> userFields(String username, String fullName, String password, String role, String organizationCode,
                                           boolean mustChangePassword) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("positionTitle", "Chuyên viên");
        fields.put("email", username + "@thainguyen.gov.vn");
        fields.put("phone", "0208 3855 123");
        fields.put("role", role);
        fields.put("organizationId", organizationCode == null ? "" : String.valueOf(organization(organizationCode)));
        fields.put("password", password);
        if (mustChangePassword) {
            fields.put("mustChangePassword", "true");
        }
        return fields;
    }

    private WebSession.Response createThroughForm(WebSession admin, Map<String, String> fields) {
        assertThat(admin.get("/admin/users/new").status()).isEqualTo(200);
        return admin.postForm("/admin/users", fields);
    }

    /** Creates an account through the form and returns its id. */
    private long createUser(WebSession admin, String username, String password, boolean mustChangePassword) {
        WebSession.Response created = createThroughForm(admin,
                userFields(username, "Cán Bộ " + username, password, "UNIT_OFFICER", "UBX-05503", mustChangePassword));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).matches(".*/admin/users/\\d+$");
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        // a browser follows the redirect, which shows (and so uses up) the success message
        assertThat(admin.get("/admin/users/" + id).text(".alert-success")).contains("Đã tạo người dùng");
        return id;
    }

    @Test
    void anAdministratorCreatesAUserThroughTheFormAndThatUserCanSignIn() {
        WebSession admin = admin();
        String username = unique("canbo");
        WebSession.Response created = createThroughForm(admin,
                userFields(username, "Nguyễn Thị Ánh", "mat-khau-ban-dau", "UNIT_OFFICER", "UBX-05503", false));
        assertThat(created.status()).isEqualTo(302);

        WebSession.Response detail = admin.get(created.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.text(".alert-success")).isEqualTo("Đã tạo người dùng \"" + username + "\".");
        assertThat(detail.text("#user-fields")).contains(username, "Chuyên viên", "Cán bộ đơn vị",
                "Ủy ban nhân dân xã Tân Cương", "Chưa đăng nhập");
        assertThat(detail.html().selectFirst("#user-fields a[href^=/organizations/]")).isNotNull();

        WebSession newcomer = session();
        WebSession.Response login = newcomer.login(username, "mat-khau-ban-dau");
        assertThat(login.location()).doesNotContain("error").doesNotContain("/account/password");
        assertThat(newcomer.get("/").text("h1")).isEqualTo("Xin chào, Nguyễn Thị Ánh");
    }

    @Test
    void theUserListFindsPeopleWithoutDiacriticsAndShowsTheirOrganizationAndStatus() {
        WebSession admin = admin();
        String username = unique("tim");
        createThroughForm(admin, userFields(username, "Đặng Thị Hường " + username, "mat-khau-ban-dau", "CASE_HANDLER", "TN-SNV", false));

        WebSession.Response list = admin.get("/admin/users?q=dang+thi+huong+" + username);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#user-table tbody tr")).hasSize(1);
        assertThat(list.text("#user-table tbody tr")).contains("Đặng Thị Hường", username, "Cán bộ tiếp dân, xử lý đơn",
                "Sở Nội vụ", "Đang hoạt động", "Chưa đăng nhập");
        assertThat(list.html().selectFirst("#export-users").attr("href")).contains("q=dang", username);

        assertThat(admin.get("/admin/users?q=" + username + "&role=LEADER").text("#users-empty"))
                .contains("Không có người dùng phù hợp");
        assertThat(admin.get("/admin/users?q=" + username + "&role=CASE_HANDLER&enabled=true")
                .html().select("#user-table tbody tr")).hasSize(1);
    }

    @Test
    void theUserListSortsByNameInVietnameseOrderAndPages() {
        WebSession admin = admin();
        var names = admin.get("/admin/users?sort=name").html().select("#user-table tbody td:first-child > a").eachText();
        assertThat(names).isNotEmpty().isSortedAccordingTo(vn.danvan.system.VietnameseText.order());
        var descending = admin.get("/admin/users?sort=name&dir=desc").html().select("#user-table tbody td:first-child > a").eachText();
        assertThat(descending).isSortedAccordingTo(vn.danvan.system.VietnameseText.order().reversed());
        WebSession.Response byLogin = admin.get("/admin/users?sort=lastLogin&dir=desc");
        assertThat(byLogin.status()).isEqualTo(200);
        assertThat(admin.get("/admin/users?page=999").text("#users-empty")).isNotBlank();
    }

    @Test
    void theUserListIsExportedToExcelWithTheSameFilters() throws Exception {
        WebSession admin = admin();
        String username = unique("excel");
        createThroughForm(admin, userFields(username, "Lê Văn Xuất", "mat-khau-ban-dau", "VIEWER", "TN-VP", false));
        WebSession.Response export = admin.get("/admin/users/export.xlsx?q=" + username);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên đăng nhập");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(username);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lê Văn Xuất");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Người xem");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Đang hoạt động");
        }
    }

    @Test
    void aDuplicateUsernameIsRefusedWithAVietnameseMessageAndNothingIsCreated() {
        WebSession admin = admin();
        String username = unique("trung");
        createUser(admin, username, "mat-khau-ban-dau", false);

        String secondName = unique("Người Thứ Hai ");
        WebSession.Response again = createThroughForm(admin,
                userFields(username, secondName, "mat-khau-khac", "VIEWER", "TN-SNV", false));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("#form-error")).isEqualTo("Tên đăng nhập \"" + username + "\" đã tồn tại.");
        assertThat(again.html().selectFirst("#username").hasClass("is-invalid")).isTrue();
        assertThat(again.html().selectFirst("#fullName").attr("value")).isEqualTo(secondName);
        assertThat(again.html().selectFirst("#password").attr("value")).isEmpty();
        assertThat(users.search(vn.danvan.org.Scope.all(), new UserSearch(secondName, null, null), new PageQuery(0, 10, null, false))
                .total()).isZero();
    }

    @Test
    void aPasswordShorterThanTheMinimumIsRefusedAndNothingIsCreated() {
        WebSession admin = admin();
        String username = unique("ngan");
        assertThat(admin.get("/admin/users/new").text("#password-hint")).contains("Ít nhất 4 ký tự");
        WebSession.Response refused = createThroughForm(admin,
                userFields(username, "Mật Khẩu Ngắn", "abc", "VIEWER", "TN-SNV", true));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).isEqualTo("Mật khẩu phải có ít nhất 4 ký tự.");
        assertThat(refused.html().selectFirst("#password").hasClass("is-invalid")).isTrue();
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreNamedInVietnameseAndTheInputIsKept() {
        WebSession admin = admin();
        String username = unique("thieu");
        Map<String, String> fields = userFields(username, "", "mat-khau-ban-dau", "", "TN-SNV", false);
        WebSession.Response refused = createThroughForm(admin, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).isEqualTo("Vui lòng kiểm tra lại các trường được đánh dấu.");
        assertThat(refused.body()).contains("Vui lòng nhập họ và tên.", "Vui lòng chọn vai trò.");
        assertThat(refused.html().selectFirst("#username").attr("value")).isEqualTo(username);
        assertThat(refused.html().selectFirst("#organizationId option[selected]").text()).isEqualTo("Sở Nội vụ tỉnh Thái Nguyên");

        fields.put("fullName", "Không Có Cơ Quan");
        fields.put("role", "VIEWER");
        fields.put("organizationId", "");
        WebSession.Response noOrganization = createThroughForm(admin, fields);
        assertThat(noOrganization.text("#form-error")).isEqualTo("Vui lòng chọn cơ quan, đơn vị của người dùng.");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void anAdministratorChangesTheRoleAndOrganizationOfAUser() {
        WebSession admin = admin();
        String username = unique("doi");
        long id = createUser(admin, username, "mat-khau-ban-dau", false);

        WebSession.Response form = admin.get("/admin/users/" + id + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("input[name=username]")).isNull();
        String version = form.html().selectFirst("input[name=version]").attr("value");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("fullName", "Trần Văn Đổi");
        fields.put("positionTitle", "Phó Chánh Văn phòng");
        fields.put("email", "");
        fields.put("phone", "");
        fields.put("role", "LEADER");
        fields.put("organizationId", String.valueOf(organization("TN-UBND")));
        WebSession.Response saved = admin.postForm("/admin/users/" + id + "/edit", fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/users/" + id);
        assertThat(admin.get("/admin/users/" + id).text(".alert-success")).isEqualTo("Đã lưu thông tin người dùng \"" + username + "\".");

        UserAccount account = users.get(id, Scope.all());
        assertThat(account.role()).isEqualTo(Role.LEADER);
        assertThat(account.organizationId()).isEqualTo(organization("TN-UBND"));
        assertThat(account.fullName()).isEqualTo("Trần Văn Đổi");
        assertThat(account.email()).isNull();
        assertThat(account.username()).isEqualTo(username);

        // the new role and organization take effect at the next sign-in: a provincial leader sees the whole province
        WebSession leader = session();
        leader.login(username, "mat-khau-ban-dau");
        assertThat(leader.get("/organizations/" + organization("UBX-01906")).status()).isEqualTo(200);
    }

    @Test
    void aStaleVersionOnEditGivesTheConcurrentChangeMessageAndDoesNotOverwrite() {
        WebSession first = admin();
        WebSession second = admin();
        String username = unique("cungluc");
        long id = createUser(first, username, "mat-khau-ban-dau", false);

        String version = first.get("/admin/users/" + id + "/edit").html().selectFirst("input[name=version]").attr("value");
        second.get("/admin/users/" + id + "/edit");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("fullName", "Người Sửa Trước");
        fields.put("role", "UNIT_OFFICER");
        fields.put("organizationId", String.valueOf(organization("UBX-05503")));
        assertThat(first.postForm("/admin/users/" + id + "/edit", fields).status()).isEqualTo(302);

        fields.put("fullName", "Người Sửa Sau");
        WebSession.Response stale = second.postForm("/admin/users/" + id + "/edit", fields);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text("#form-error")).contains("Bản ghi vừa được người khác cập nhật");
        assertThat(stale.html().selectFirst("#fullName").attr("value")).isEqualTo("Người Sửa Trước");
        assertThat(stale.html().selectFirst("input[name=version]").attr("value")).isNotEqualTo(version);
        assertThat(users.get(id, Scope.all()).fullName()).isEqualTo("Người Sửa Trước");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        WebSession admin = admin();
        String username = unique("khoa");
        long id = createUser(admin, username, "mat-khau-ban-dau", false);

        WebSession.Response detail = admin.get("/admin/users/" + id);
        assertThat(detail.html().selectFirst("#disable-form").attr("data-confirm")).contains("Vô hiệu hóa tài khoản");
        WebSession.Response disabled = admin.postForm("/admin/users/" + id + "/disable", Map.of());
        assertThat(disabled.location()).endsWith("/admin/users/" + id);
        WebSession.Response after = admin.get("/admin/users/" + id);
        assertThat(after.text(".alert-success")).isEqualTo("Đã vô hiệu hóa tài khoản \"" + username + "\".");
        assertThat(after.text("h1")).contains("Đã vô hiệu hóa");
        assertThat(after.html().selectFirst("#enable-form")).isNotNull();

        assertThat(session().login(username, "mat-khau-ban-dau").location()).endsWith("/login?disabled");
        assertThat(admin.get("/admin/users?q=" + username + "&enabled=false").html().select("#user-table tbody tr")).hasSize(1);

        admin.postForm("/admin/users/" + id + "/enable", Map.of());
        assertThat(admin.get("/admin/users/" + id).text(".alert-success")).contains("Đã kích hoạt tài khoản");
        WebSession back = session();
        assertThat(back.login(username, "mat-khau-ban-dau").location()).doesNotContain("error", "disabled");
        assertThat(back.get("/").status()).isEqualTo(200);
    }

    @Test
    void aResetPasswordIsShownOnceAndMustBeChangedBeforeAnythingElse() {
        WebSession admin = admin();
        String username = unique("quen");
        long id = createUser(admin, username, "mat-khau-cu", false);

        assertThat(admin.get("/admin/users/" + id).html().selectFirst("#reset-password-form").attr("data-confirm"))
                .contains("Đặt lại mật khẩu");
        assertThat(admin.postForm("/admin/users/" + id + "/reset-password", Map.of()).location()).endsWith("/admin/users/" + id);
        WebSession.Response shown = admin.get("/admin/users/" + id);
        String temporary = shown.text("#temporary-password-value");
        assertThat(temporary).hasSize(16);
        assertThat(shown.text("#temporary-password")).contains("chỉ hiển thị một lần", "phải đổi mật khẩu");
        assertThat(admin.get("/admin/users/" + id).html().selectFirst("#temporary-password")).isNull();

        assertThat(session().login(username, "mat-khau-cu").location()).endsWith("/login?error");
        WebSession owner = session();
        assertThat(owner.login(username, temporary).location()).endsWith("/account/password?required");
        assertThat(owner.get("/").location()).endsWith("/account/password?required");
        assertThat(owner.get("/organizations").location()).endsWith("/account/password?required");
        assertThat(owner.get("/account").location()).endsWith("/account/password?required");
        WebSession.Response page = owner.get("/account/password?required");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#password-required")).contains("Bạn phải đổi mật khẩu trước khi tiếp tục");

        WebSession.Response changed = owner.postForm("/account/password",
                Map.of("currentPassword", temporary, "newPassword", "mat-khau-moi-cua-toi", "confirmPassword", "mat-khau-moi-cua-toi"));
        assertThat(changed.location()).doesNotContain("/account/password");
        assertThat(owner.get("/").status()).isEqualTo(200);
        assertThat(owner.get("/organizations").status()).isEqualTo(200);
        assertThat(session().login(username, "mat-khau-moi-cua-toi").location()).doesNotContain("error", "/account/password");
    }

    @Test
    void aUserCreatedWithTheChangeOptionChoosesTheirOwnPasswordAtFirstSignIn() {
        WebSession admin = admin();
        String username = unique("moi");
        long id = createUser(admin, username, "mat-khau-ban-dau", true);
        assertThat(admin.get("/admin/users/" + id).text("h1")).contains("Chờ đổi mật khẩu");
        assertThat(session().login(username, "mat-khau-ban-dau").location()).endsWith("/account/password?required");
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        WebSession admin = admin();
        long adminId = users.findByUsername("admin").orElseThrow().id();
        assertThat(admin.get("/admin/users/" + adminId).html().selectFirst("#disable-form")).isNull();
        WebSession.Response refused = admin.postForm("/admin/users/" + adminId + "/disable", Map.of());
        assertThat(refused.location()).endsWith("/admin/users/" + adminId);
        assertThat(admin.get("/admin/users/" + adminId).text(".alert-danger")).isEqualTo("Bạn không thể tự vô hiệu hóa tài khoản của chính mình.");
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void onlyAdministratorsReachUserAdministration() {
        WebSession coordinator = session();
        coordinator.login("bdv", "demo");
        assertThat(coordinator.get("/admin/users").status()).isEqualTo(403);
        assertThat(coordinator.get("/admin/users/new").status()).isEqualTo(403);
        assertThat(coordinator.get("/admin/users/export.xlsx").status()).isEqualTo(403);
        coordinator.get("/");
        String username = unique("lau");
        WebSession.Response posted = coordinator.postForm("/admin/users",
                userFields(username, "Người Lậu", "mat-khau-ban-dau", "ADMIN", null, false));
        assertThat(posted.status()).isEqualTo(403);
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        WebSession admin = admin();
        admin.get("/admin/users/new");
        String username = unique("csrf");
        WebSession.Response forged = admin.postFormRaw("/admin/users",
                userFields(username, "Giả Mạo", "mat-khau-ban-dau", "ADMIN", null, false));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(users.findByUsername(username)).isEmpty();
        long adminId = users.findByUsername("admin").orElseThrow().id();
        assertThat(admin.postFormRaw("/admin/users/" + adminId + "/reset-password", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void anUnknownUserIdAnswers404() {
        WebSession admin = admin();
        assertThat(admin.get("/admin/users/99999999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/users/99999999/edit").status()).isEqualTo(404);
    }

    @Test
    void theUserHistoryShowsWhatWasDoneToTheAccount() {
        WebSession admin = admin();
        String username = unique("lichsu");
        long id = createUser(admin, username, "mat-khau-ban-dau", false);
        admin.postForm("/admin/users/" + id + "/disable", Map.of());
        admin.get("/admin/users/" + id);
        admin.postForm("/admin/users/" + id + "/enable", Map.of());
        String history = admin.get("/admin/users/" + id).text("#user-history");
        assertThat(history).contains("Tạo người dùng", "Vô hiệu hóa tài khoản", "Kích hoạt tài khoản", "bởi admin");
    }
}
