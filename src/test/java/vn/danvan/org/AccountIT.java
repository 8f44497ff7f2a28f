package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** A person sees their own account and changes their own password; the old one stops working at once. */
class AccountIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Autowired
    Organizations organizations;

    private String createAccount(String password) {
        String username = "toi" + System.nanoTime() % 1_000_000;
        users.createSystemAccount(username, "Hoàng Văn Tôi", Role.UNIT_OFFICER,
                organizations.findByCode("UBX-05503").orElseThrow().id(), password, "Công chức Văn phòng - Thống kê");
        return username;
    }

    private WebSession signIn(String username, String password) {
        WebSession browser = session();
        assertThat(browser.login(username, password).location()).doesNotContain("error");
        return browser;
    }

    private static Map<String, String> change(String current, String next, String confirm) {
        return Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirm);
    }

    @Test
    void theAccountPageShowsTheOwnProfileReadOnly() {
        String username = createAccount("mat-khau-cu");
        WebSession.Response page = signIn(username, "mat-khau-cu").get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#account-fields")).contains("Hoàng Văn Tôi", username, "Công chức Văn phòng - Thống kê",
                "Cán bộ đơn vị", "Ủy ban nhân dân xã Tân Cương");
        assertThat(page.text("#account-scope")).isEqualTo("Cơ quan của bạn và các đơn vị trực thuộc");
        assertThat(page.html().select("form input[name=fullName]")).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPasswordAndOnlyTheNewOneWorksAfterwards() {
        String username = createAccount("mat-khau-cu");
        WebSession browser = signIn(username, "mat-khau-cu");

        WebSession.Response form = browser.get("/account/password");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("#password-required")).isNull();
        assertThat(form.text("#new-password-hint")).contains("Ít nhất 4 ký tự");

        WebSession.Response changed = browser.postForm("/account/password", change("mat-khau-cu", "mat-khau-moi", "mat-khau-moi"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/account");
        assertThat(browser.get("/account").body()).contains("Đã đổi mật khẩu");

        assertThat(session().login(username, "mat-khau-cu").location()).endsWith("/login?error");
        assertThat(session().login(username, "mat-khau-moi").location()).doesNotContain("error");
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        String username = createAccount("mat-khau-cu");
        WebSession browser = signIn(username, "mat-khau-cu");
        browser.get("/account/password");
        WebSession.Response refused = browser.postForm("/account/password", change("khong-dung", "mat-khau-moi", "mat-khau-moi"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(refused.html().selectFirst("#currentPassword").hasClass("is-invalid")).isTrue();
        assertThat(refused.html().select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
        assertThat(session().login(username, "mat-khau-cu").location()).doesNotContain("error");
    }

    @Test
    void aConfirmationThatDoesNotMatchIsRefused() {
        String username = createAccount("mat-khau-cu");
        WebSession browser = signIn(username, "mat-khau-cu");
        browser.get("/account/password");
        WebSession.Response refused = browser.postForm("/account/password", change("mat-khau-cu", "mat-khau-moi", "mat-khau-mot"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).isEqualTo("Mật khẩu nhập lại không khớp với mật khẩu mới.");
        assertThat(refused.html().selectFirst("#confirmPassword").hasClass("is-invalid")).isTrue();
        assertThat(session().login(username, "mat-khau-mot").location()).endsWith("/login?error");
        assertThat(session().login(username, "mat-khau-cu").location()).doesNotContain("error");
    }

    @Test
    void aNewPasswordThatBreaksThePolicyIsRefused() {
        String username = createAccount("mat-khau-cu");
        WebSession browser = signIn(username, "mat-khau-cu");
        browser.get("/account/password");
        assertThat(browser.postForm("/account/password", change("mat-khau-cu", "abc", "abc")).text("#form-error"))
                .isEqualTo("Mật khẩu phải có ít nhất 4 ký tự.");
        assertThat(browser.postForm("/account/password", change("mat-khau-cu", "mat-khau-cu", "mat-khau-cu")).text("#form-error"))
                .isEqualTo("Mật khẩu mới phải khác mật khẩu hiện tại.");
        assertThat(browser.postForm("/account/password", change("mat-khau-cu", "", "")).body())
                .contains("Vui lòng nhập mật khẩu mới.");
    }
}
