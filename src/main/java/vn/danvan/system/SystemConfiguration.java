package vn.danvan.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** Domain code reads the time from this clock only, so that deadlines and lock-outs are testable. */
    @Bean
    Clock clock() {
        return Clock.system(VietnameseFormat.ZONE);
    }
}
