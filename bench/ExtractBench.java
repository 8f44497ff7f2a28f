import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.danvan.ingest.Extraction;

/**
 * A rough throughput check of the ingest extractor, not a JMH benchmark: reads the given texts (default: the seed
 * corpus) and extracts them repeatedly, printing characters per second after a warm-up.
 *
 * <pre>
 * ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/ExtractBench.java [FILE...]
 * </pre>
 */
public class ExtractBench {

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        if (args.length == 0) {
            try (var files = Files.list(Path.of("../shared/corpus/seeds/texts"))) {
                for (Path p : files.sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } else {
            for (String a : args) {
                texts.add(Files.readString(Path.of(a), StandardCharsets.UTF_8));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int round = 0; round < 3; round++) {
            int rounds = round == 0 ? 20 : 200;
            long sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                for (String t : texts) {
                    Extraction e = Extraction.of(t);
                    sink += e.documents().size() + e.figures().size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d texts x %d rounds, %.0f chars/s (%d items)%n", round == 0 ? "warm-up" : "run",
                    texts.size(), rounds, chars * rounds / seconds, sink);
        }
    }
}
