package vn.danvan.petition.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.PetitionDemoGenerator;
import vn.danvan.system.DeploymentMode;

/**
 * Demo petitions and cases on first start in demo mode (after the org, document, program and reception demo data): the
 * showcase scenarios and a year of about 3,000 petitions across the demo province, reproducibly from {@link #SEED}.
 */
@Component
@Order(60)
class PetitionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PetitionDemoData.class);
    /** The generated year, besides the showcase scenarios (about 3,000 petitions in all). */
    static final int YEAR_PETITIONS = 2980;
    static final long SEED = 20260701L;

    private final DeploymentMode mode;
    private final JdbcClient jdbc;
    private final PetitionDemoGenerator generator;

    PetitionDemoData(DeploymentMode mode, JdbcClient jdbc, PetitionDemoGenerator generator) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.generator = generator;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || jdbc.sql("SELECT COUNT(*) FROM petition").query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'tiepdan'").query(Long.class).single() == 0) {
            return;
        }
        long started = System.nanoTime();
        PetitionDemoGenerator.Summary summary = generator.generate(YEAR_PETITIONS, SEED);
        log.info("Demo petitions loaded: {} petitions, {} cases in {} ms", summary.petitions(), summary.cases(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
