package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danvan.system.DeploymentMode;
import vn.danvan.system.RuleViolation;

/** Which passwords are accepted, outside and inside demo mode. */
class PasswordPolicyTest {

    private final PasswordPolicy production = new PasswordPolicy(new DeploymentMode("false", "jdbc:postgresql://x"), 12);

    @Test
    void outsideDemoModeAPasswordOfElevenCharactersIsRefusedWithTheMinimumInTheMessage() {
        assertThatThrownBy(() -> production.check("nguyenvana", "12345678901"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("user.password.tooShort");
                    assertThat(violation.arguments()).containsExactly(12);
                });
    }

    @Test
    void outsideDemoModeAPasswordOfTwelveCharactersIsAccepted() {
        assertThatCode(() -> production.check("nguyenvana", "123456789012")).doesNotThrowAnyException();
    }

    @Test
    void lengthIsCountedInCharactersNotBytesSoAVietnamesePasswordOfTwelveLettersIsAccepted() {
        // 12 precomposed characters, 18 bytes in UTF-8
        assertThatCode(() -> production.check("nguyenvana", "Đổimậtkhẩu1!")).doesNotThrowAnyException();
    }

    @Test
    void theConfiguredMinimumCanRaiseButNeverLowerTheFloorOfTwelve() {
        DeploymentMode mode = new DeploymentMode("false", "jdbc:postgresql://x");
        assertThat(new PasswordPolicy(mode, 8).minimumLength()).isEqualTo(12);
        assertThat(new PasswordPolicy(mode, 16).minimumLength()).isEqualTo(16);
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefusedWhateverItsLength() {
        assertThatThrownBy(() -> production.check("nguyenvana.sonv", "NguyenVanA.SoNV"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("user.password.sameAsUsername"));
    }

    @Test
    void inDemoModeFourCharactersAreEnoughSoThatTheDemoAccountsWork() {
        PasswordPolicy demo = new PasswordPolicy(new DeploymentMode("true", "jdbc:h2:mem:x"), 12);
        assertThat(demo.minimumLength()).isEqualTo(4);
        assertThatCode(() -> demo.check("admin", "demo")).doesNotThrowAnyException();
        assertThatThrownBy(() -> demo.check("admin", "abc")).isInstanceOf(RuleViolation.class);
    }
}
