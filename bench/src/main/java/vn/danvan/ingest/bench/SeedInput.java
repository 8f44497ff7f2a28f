package vn.danvan.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark input: the seed texts of the shared corpus, concatenated over and over (a blank line between two
 * texts) to exactly {@link #BYTES} bytes of UTF-8. The seeds are read where they live, never copied into the
 * repository.
 */
final class SeedInput {

    /** 50 MB (decimal megabytes: 50,000,000 bytes of UTF-8). */
    static final int MEGABYTES = 50;
    static final int BYTES = MEGABYTES * 1_000_000;

    private SeedInput() {
    }

    static String build() {
        List<String> seeds = readSeeds(locate());
        StringBuilder text = new StringBuilder(BYTES);
        long bytes = 0;
        outer:
        while (true) {
            for (String seed : seeds) {
                String piece = seed + "\n\n";
                int pieceBytes = utf8Length(piece);
                if (bytes + pieceBytes > BYTES) {
                    // the last piece is cut at a code point and padded with spaces to the exact byte count
                    int i = 0;
                    while (i < piece.length()) {
                        int cp = piece.codePointAt(i);
                        int n = utf8Length(new String(Character.toChars(cp)));
                        if (bytes + n > BYTES) {
                            break;
                        }
                        text.appendCodePoint(cp);
                        bytes += n;
                        i += Character.charCount(cp);
                    }
                    while (bytes < BYTES) {
                        text.append(' ');
                        bytes++;
                    }
                    break outer;
                }
                text.append(piece);
                bytes += pieceBytes;
            }
        }
        String result = text.toString();
        if (result.getBytes(StandardCharsets.UTF_8).length != BYTES) {
            throw new IllegalStateException("benchmark input is not " + BYTES + " bytes");
        }
        return result;
    }

    /**
     * {@code shared/corpus/seeds/texts} in the working directory or one of its parents (or where the system
     * property {@code danvan.seeds.texts} points).
     */
    static Path locate() {
        String property = System.getProperty("danvan.seeds.texts");
        if (property != null) {
            return Path.of(property);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/seeds/texts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("seed texts not found: no shared/corpus/seeds/texts in " + start
                + " or any parent directory (set -Ddanvan.seeds.texts=DIR)");
    }

    private static List<String> readSeeds(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no seed texts (*.txt) in " + dir);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed texts in " + dir, e);
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
