package vn.danvan.org.internal;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.PasswordPolicy;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.system.DeploymentMode;
import vn.danvan.system.RuleViolation;

/**
 * Production first start: no demo data and no demo accounts, only the administrator "admin", whose password
 * comes from DANVAN_ADMIN_PASSWORD or is generated and printed to the log this once.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DeploymentMode mode;
    private final UserAccounts users;
    private final PasswordPolicy policy;
    private final String configuredPassword;

    InitialAdministrator(DeploymentMode mode, UserAccounts users, PasswordPolicy policy,
                         @Value("${DANVAN_ADMIN_PASSWORD:}") String configuredPassword) {
        this.mode = mode;
        this.users = users;
        this.policy = policy;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (mode.isDemo() || users.count() > 0) {
            return;
        }
        String password = configuredPassword;
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = generate();
        } else {
            try {
                policy.check("admin", password);
            } catch (RuleViolation tooWeak) {
                throw new IllegalStateException("DANVAN_ADMIN_PASSWORD is refused: a password needs at least "
                        + policy.minimumLength() + " characters and must differ from the user name");
            }
        }
        users.createSystemAccount("admin", "Quản trị hệ thống", Role.ADMIN, null, password, null);
        if (generated) {
            log.warn("""

                    ============================================================
                    DanVan first start: administrator account created.
                      user name: admin
                      password:  {}
                    This password is shown once. Sign in and change it now.
                    ============================================================""", password);
        } else {
            log.info("DanVan first start: administrator 'admin' created with the password from DANVAN_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
