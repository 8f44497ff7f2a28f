package vn.danvan.notification.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the daily reminders) and their cluster-wide lock: with several application instances on one
 * database, a job annotated with {@code @SchedulerLock} runs on one instance only. The lock lives in the
 * {@code shedlock} table and its times come from the database's clock, so that instances whose clocks drift
 * apart still agree. {@code danvan.scheduling.enabled=false} turns every scheduled job off (e.g. on an
 * instance that should only serve requests); the jobs can still be run by hand.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "danvan.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
