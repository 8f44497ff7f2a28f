package vn.danvan.ingest.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given command line ({@code ExtractionThroughput -f 1 -wi 2 -i 3 -t 1}) and ends with one line
 * per benchmark giving its score in MB/s, since each benchmark here counts one operation per megabyte read.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.println();
        for (RunResult r : results) {
            var score = r.getPrimaryResult();
            System.out.printf(Locale.ROOT, "%s: %.1f MB/s ± %.1f (99.9%% CI), %d thread(s), 1 MB = 10^6 bytes of UTF-8%n",
                    r.getParams().getBenchmark(), score.getScore(), score.getScoreError(),
                    r.getParams().getThreads());
        }
    }
}
