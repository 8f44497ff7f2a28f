package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The public tracking page's allowance per client: per minute, per day, per IPv6 /64, bounded memory. */
class TrackingRateLimitTest {

    /** A clock the test moves by hand. */
    static final class ManualTime implements TimeMeter {
        long nanos;

        void advance(Duration d) {
            nanos += d.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void theTwentyFirstLookupWithinAMinuteIsRefusedWithTheWaitUntilTheNextToken() {
        ManualTime time = new ManualTime();
        TrackingRateLimit limit = new TrackingRateLimit(20, 200, 100, time);
        for (int i = 0; i < 20; i++) {
            assertThat(limit.tryLookup("203.0.113.7").allowed()).as("lookup %d", i + 1).isTrue();
        }
        TrackingRateLimit.Decision refused = limit.tryLookup("203.0.113.7");
        assertThat(refused.allowed()).isFalse();
        // greedy refill: one token every 3 seconds
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        time.advance(Duration.ofSeconds(3));
        assertThat(limit.tryLookup("203.0.113.7").allowed()).isTrue();
        assertThat(limit.tryLookup("203.0.113.7").allowed()).isFalse();
    }

    @Test
    void anotherClientKeepsItsOwnAllowance() {
        TrackingRateLimit limit = new TrackingRateLimit(2, 0, 100, new ManualTime());
        assertThat(limit.tryLookup("198.51.100.1").allowed()).isTrue();
        assertThat(limit.tryLookup("198.51.100.1").allowed()).isTrue();
        assertThat(limit.tryLookup("198.51.100.1").allowed()).isFalse();
        assertThat(limit.tryLookup("198.51.100.2").allowed()).isTrue();
    }

    @Test
    void theDailyLimitHoldsEvenWhenEveryMinuteStaysUnderItsOwn() {
        ManualTime time = new ManualTime();
        TrackingRateLimit limit = new TrackingRateLimit(20, 200, 100, time);
        int allowed = 0;
        // 15 lookups a minute for 20 minutes: always under 20 a minute, 300 in all
        for (int minute = 0; minute < 20; minute++) {
            for (int i = 0; i < 15; i++) {
                if (limit.tryLookup("192.0.2.10").allowed()) {
                    allowed++;
                }
            }
            time.advance(Duration.ofMinutes(1));
        }
        // 200 at once, plus the day bucket's slow refill (200 a day: one every 7.2 minutes) over the 20 minutes
        assertThat(allowed).isBetween(200, 203);
        TrackingRateLimit.Decision refused = limit.tryLookup("192.0.2.10");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 432L);
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        assertThat(TrackingRateLimit.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(TrackingRateLimit.clientKey("2001:db8:1:2:bbbb::ffff"));
        assertThat(TrackingRateLimit.clientKey("2001:db8:1:2::1")).isNotEqualTo(TrackingRateLimit.clientKey("2001:db8:1:3::1"));
        assertThat(TrackingRateLimit.clientKey("[2001:db8:1:2::1]")).isEqualTo(TrackingRateLimit.clientKey("2001:db8:1:2::9"));
        assertThat(TrackingRateLimit.clientKey("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(TrackingRateLimit.clientKey("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(TrackingRateLimit.clientKey(null)).isEqualTo("unknown");

        TrackingRateLimit limit = new TrackingRateLimit(1, 0, 100, new ManualTime());
        assertThat(limit.tryLookup("2001:db8:1:2::1").allowed()).isTrue();
        assertThat(limit.tryLookup("2001:db8:1:2::2").allowed()).isFalse();
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfClients() {
        TrackingRateLimit limit = new TrackingRateLimit(1, 0, 50, new ManualTime());
        for (int i = 0; i < 1000; i++) {
            limit.tryLookup("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limit.clients()).isEqualTo(50);
        // the most recent clients are remembered: the last one is still limited
        assertThat(limit.tryLookup("10.0.3.231").allowed()).isFalse();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        TrackingRateLimit limit = new TrackingRateLimit(0, 0, 10, new ManualTime());
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.tryLookup("203.0.113.1").allowed()).isTrue();
        }
        assertThat(limit.clients()).isZero();
    }
}
