package vn.danvan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar danvan.jar extract FILE...}: reads each UTF-8 text and prints one JSON object per file per line,
 * {@code {"file": …, "documents": […], "figures": […]}}; {@code -} reads standard input. Runs without the web
 * server and without a database.
 *
 * <p>Exit status: 0 when every file was read, 1 when one could not be read (the others are still printed),
 * 2 when no file was named.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static int run(String[] args, PrintStream out, InputStream in) {
        if (args.length == 0) {
            System.err.println("usage: java -jar danvan.jar extract FILE... (- reads standard input)");
            return 2;
        }
        // JSON is UTF-8 (RFC 8259) whatever the console's locale: the bytes are written through unchanged
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = 0;
        for (String file : args) {
            String text;
            try {
                text = file.equals("-") ? decode(in.readAllBytes()) : decode(Files.readAllBytes(Path.of(file)));
            } catch (CharacterCodingException e) {
                System.err.println(file + ": not UTF-8 text");
                status = 1;
                continue;
            } catch (IOException | RuntimeException e) {
                System.err.println(file + ": cannot read: " + e);
                status = 1;
                continue;
            }
            utf8.println(ExtractionJson.line(file, Extraction.of(text)));
        }
        utf8.flush();
        return status;
    }

    /** Strict UTF-8: a file in another encoding is refused rather than read as mojibake. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        // a byte-order mark stays in the text: offsets count it, as they count every char of the file
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
