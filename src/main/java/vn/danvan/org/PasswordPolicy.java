package vn.danvan.org;

import java.text.Normalizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danvan.system.DeploymentMode;
import vn.danvan.system.RuleViolation;

/**
 * Which passwords are accepted. Outside demo mode a password has at least 12 characters (configurable upward
 * with danvan.security.min-password-length); in demo mode short passwords are allowed so that the demo
 * accounts' "demo" keeps working.
 */
@Component
public class PasswordPolicy {

    static final int DEMO_MINIMUM = 4;

    private final int minimumLength;

    public PasswordPolicy(DeploymentMode mode, @Value("${danvan.security.min-password-length:12}") int configured) {
        this.minimumLength = mode.isDemo() ? DEMO_MINIMUM : Math.max(12, configured);
    }

    public int minimumLength() {
        return minimumLength;
    }

    public void check(String username, String rawPassword) {
        // counted in characters as the person typed them, whatever the keyboard's Unicode normalisation
        String password = rawPassword == null ? null : Normalizer.normalize(rawPassword, Normalizer.Form.NFC);
        if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
            throw new RuleViolation("user.password.tooShort", minimumLength);
        }
        if (password.codePointCount(0, password.length()) > 128) {
            throw new RuleViolation("user.password.tooLong");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            throw new RuleViolation("user.password.sameAsUsername");
        }
    }
}
