package vn.danvan.petition.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may look up tracking codes on the public page and API: token buckets per client address
 * (Bucket4j), by default 20 lookups a minute and 200 a day — plenty for a citizen following their petitions, far
 * too few to walk the 2^50 codes. The buckets live in memory, in a map bounded to {@code max-clients} entries
 * (the least recently seen client is forgotten first), so a flood of addresses cannot exhaust the memory.
 *
 * <p>The client is {@code request.getRemoteAddr()}: behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that it is the citizen's address and not the proxy's (a
 * forwarded header is trusted only from the proxy). IPv6 clients are counted per /64 network, since one
 * subscriber usually holds a whole /64. A limit of 0 turns that limit off.
 */
@Component
public class TrackingRateLimit {

    /** What the limiter decided; {@code retryAfterSeconds} is 0 when allowed. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final int perMinute;
    private final int perDay;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    @Autowired
    TrackingRateLimit(@Value("${danvan.tracking.rate-limit.per-minute:20}") int perMinute,
                      @Value("${danvan.tracking.rate-limit.per-day:200}") int perDay,
                      @Value("${danvan.tracking.rate-limit.max-clients:10000}") int maxClients) {
        this(perMinute, perDay, maxClients, TimeMeter.SYSTEM_NANOTIME);
    }

    TrackingRateLimit(int perMinute, int perDay, int maxClients, TimeMeter time) {
        if (perMinute < 0 || perDay < 0 || maxClients < 1) {
            throw new IllegalArgumentException("danvan.tracking.rate-limit: limits must be ≥ 0 and max-clients ≥ 1");
        }
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.time = time;
        // access order: the least recently seen client is the first forgotten
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one lookup from the client's allowance, or says how long to wait for the next one. */
    public Decision tryLookup(String clientAddress) {
        if (perMinute == 0 && perDay == 0) {
            return new Decision(true, 0);
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientKey(clientAddress), key -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        // rounded up, and at least one second: "Retry-After: 0" would invite an immediate retry
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(false, seconds);
    }

    /** Clients currently remembered (for tests and monitoring). */
    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket newBucket() {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        if (perMinute > 0) {
            builder.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)));
        }
        if (perDay > 0) {
            builder.addLimit(limit -> limit.capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)));
        }
        return builder.build();
    }

    /** The address itself for IPv4, its /64 network for IPv6. Never a DNS lookup: only literals are parsed. */
    static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            // a literal with ':' is parsed as an IPv6 address, without any name resolution
            InetAddress parsed = InetAddress.getByName(literal.startsWith("[") ? literal.substring(1, literal.length() - 1) : literal);
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 4) {
                return parsed.getHostAddress();
            }
            return "v6:" + HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
            return literal;
        }
    }
}
