package vn.danvan.ingest.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import vn.danvan.ingest.Extraction;

/**
 * Throughput of the full extraction (citations and figures) on Vietnamese text, one thread. Each invocation reads
 * the seed corpus concatenated to 50 MB of UTF-8 in one pass; {@code @OperationsPerInvocation(50)} makes one
 * operation one megabyte, so the score in ops/s is MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ExtractionThroughput {

    private String text;

    @Setup
    public void setUp() {
        text = SeedInput.build();
        Extraction once = Extraction.of(text);
        System.out.printf("%ninput: %,d bytes of UTF-8 (%,d chars); %,d citations and %,d figures per pass%n",
                SeedInput.BYTES, text.length(), once.documents().size(), once.figures().size());
    }

    @Benchmark
    @OperationsPerInvocation(SeedInput.MEGABYTES)
    public Extraction extract() {
        return Extraction.of(text);
    }
}
