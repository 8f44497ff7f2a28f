package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine's complete JSON output, frozen: on the five seed texts and on 200 generated texts, every citation
 * and figure with its surface, offsets, values, notes and warnings must stay exactly as it was when the expected
 * files were written (before the extraction was made faster). A change of behaviour, intended or not, shows here
 * line by line; an intended one is recorded by regenerating the files:
 *
 * <pre>
 * ./mvnw -q -Dtest=GoldenOutputTest -Dingest.golden.update=true test
 * </pre>
 *
 * <p>The seed texts themselves stay in the shared corpus; only what was extracted from them is stored here.
 */
class GoldenOutputTest {

    static final int GENERATED_TEXTS = 200;
    private static final long SEED = 20_240_601L;
    private static final Path EXPECTED = Path.of("src/test/resources/ingest");
    private static final boolean UPDATE = Boolean.getBoolean("ingest.golden.update");

    @Test
    void seedTextsGiveTheFrozenOutput() throws IOException {
        Path texts = locateSeedTexts();
        Assumptions.assumeTrue(texts != null, "shared/corpus/seeds/texts not found");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                lines.add(ExtractionJson.line(p.getFileName().toString(),
                        Extraction.of(Files.readString(p, StandardCharsets.UTF_8))));
            }
        }
        compare("golden-seeds.jsonl", lines);
    }

    @Test
    void generatedTextsGiveTheFrozenOutput() throws IOException {
        compare("golden-generated.jsonl", generatedLines());
    }

    static List<String> generatedLines() {
        Random r = new Random(SEED);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < GENERATED_TEXTS; i++) {
            String text = GeneratedText.vietnameseLike(r, 2 + r.nextInt(14), i % 4 == 3);
            lines.add(ExtractionJson.line("generated-" + i, Extraction.of(text)));
        }
        return lines;
    }

    private static void compare(String file, List<String> actual) throws IOException {
        Path expectedFile = EXPECTED.resolve(file);
        if (UPDATE) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertThat(actual).as("lines of %s", file).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("line %d of %s", i + 1, file).isEqualTo(expected.get(i));
        }
    }

    /** {@code shared/corpus/seeds/texts} in the working directory or one of its parents, or null. */
    static Path locateSeedTexts() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/seeds/texts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
