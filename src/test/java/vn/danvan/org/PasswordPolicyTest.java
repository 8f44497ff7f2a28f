package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.danvan.system.DeploymentMode;
import vn.danvan.system.RuleViolation;

/**
 * Password rules: outside demo mode at least 12 characters (configurable upward only); in demo mode the demo
 * accounts' "demo" is allowed; never the user name. The refusal carries a message key and the minimum, so the
 * user reads "Mật khẩu phải có ít nhất 12 ký tự."
 */
class PasswordPolicyTest {

    private static final DeploymentMode PRODUCTION = new DeploymentMode("false", "jdbc:postgresql://x");
    private static final DeploymentMode DEMO = new DeploymentMode("true", "");

    private static RuleViolation refusal(PasswordPolicy policy, String username, String password) {
        return catchThrowableOfType(RuleViolation.class, () -> policy.check(username, password));
    }

    @Test
    void outsideDemoModeElevenCharactersAreRefusedWithTheMinimumInTheMessage() {
        PasswordPolicy policy = new PasswordPolicy(PRODUCTION, 12);
        RuleViolation refused = refusal(policy, "nguyenvana", "abcdefghijk");
        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("user.password.tooShort");
        assertThat(refused.arguments()).containsExactly(12);
    }

    @Test
    void outsideDemoModeTwelveCharactersAreAccepted() {
        PasswordPolicy policy = new PasswordPolicy(PRODUCTION, 12);
        assertThat(policy.minimumLength()).isEqualTo(12);
        assertThatCode(() -> policy.check("nguyenvana", "abcdefghijkl")).doesNotThrowAnyException();
    }

    @Test
    void theLengthCountsLettersWithDiacriticsAsOneCharacterEach() {
        PasswordPolicy policy = new PasswordPolicy(PRODUCTION, 12);
        assertThatCode(() -> policy.check("nguyenvana", "Đảng ủy xã 1")).doesNotThrowAnyException();
        assertThat(refusal(policy, "nguyenvana", "Đảng ủy xã").messageKey()).isEqualTo("user.password.tooShort");
    }

    @Test
    void theMinimumCanBeRaisedButNotLowered() {
        assertThat(new PasswordPolicy(PRODUCTION, 16).minimumLength()).isEqualTo(16);
        assertThat(new PasswordPolicy(PRODUCTION, 6).minimumLength()).isEqualTo(12);
        assertThat(refusal(new PasswordPolicy(PRODUCTION, 16), "nguyenvana", "abcdefghijklmno").arguments()).containsExactly(16);
    }

    @Test
    void inDemoModeTheDemoPasswordIsAccepted() {
        PasswordPolicy policy = new PasswordPolicy(DEMO, 12);
        assertThat(policy.minimumLength()).isEqualTo(PasswordPolicy.DEMO_MINIMUM);
        assertThatCode(() -> policy.check("bdv", "demo")).doesNotThrowAnyException();
        assertThat(refusal(policy, "bdv", "abc").messageKey()).isEqualTo("user.password.tooShort");
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefusedWhateverTheCase() {
        PasswordPolicy production = new PasswordPolicy(PRODUCTION, 12);
        assertThat(refusal(production, "nguyenvanbinh", "nguyenvanbinh").messageKey()).isEqualTo("user.password.sameAsUsername");
        assertThat(refusal(production, "nguyenvanbinh", "NguyenVanBinh").messageKey()).isEqualTo("user.password.sameAsUsername");
        assertThat(refusal(new PasswordPolicy(DEMO, 12), "demo", "demo").messageKey()).isEqualTo("user.password.sameAsUsername");
    }

    @Test
    void aMissingPasswordIsTooShortAndAnOverlongOneIsRefused() {
        PasswordPolicy policy = new PasswordPolicy(PRODUCTION, 12);
        assertThat(refusal(policy, "nguyenvana", null).messageKey()).isEqualTo("user.password.tooShort");
        assertThat(refusal(policy, "nguyenvana", "x".repeat(129)).messageKey()).isEqualTo("user.password.tooLong");
        assertThatCode(() -> policy.check("nguyenvana", "x".repeat(128))).doesNotThrowAnyException();
    }

    @Test
    void demoModeIsTheDefaultOnTheEmbeddedDatabaseOnly() {
        assertThat(new DeploymentMode("", "jdbc:h2:file:./data/danvan").isDemo()).isTrue();
        assertThat(new DeploymentMode("", "jdbc:postgresql://db/danvan").isDemo()).isFalse();
        assertThat(new DeploymentMode(" false ", "jdbc:h2:mem:x").isDemo()).isFalse();
        assertThat(DEMO.isDemo()).isTrue();
        assertThat(PRODUCTION.isDemo()).isFalse();
    }
}
