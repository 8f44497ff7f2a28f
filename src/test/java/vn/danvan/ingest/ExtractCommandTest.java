package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar danvan.jar extract FILE...}: one JSON object per file per line, no Spring. */
class ExtractCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REPORT = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ, "
            + "Chương trình phối hợp số 06-CTr/BDVTU- BCSĐUBND ngày 14/01/2022; tiếp trên 38.500 lượt công dân, "
            + "tổng mức bán lẻ đạt 64.239 tỷ đồng, đạt 95.42% kế hoạch, đứng thứ 43/63 tỉnh thành.\n";

    @TempDir
    Path dir;

    private record Run(int status, List<String> lines) {
    }

    private Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ExtractCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), stdin);
        String out = bytes.toString(StandardCharsets.UTF_8);
        return new Run(status, out.isEmpty() ? List.of() : List.of(out.split("\n")));
    }

    @Test
    void printsOneJsonLinePerFileWithOffsetsIntoTheText() throws IOException {
        Path first = Files.writeString(dir.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);
        String nfd = Normalizer.normalize(REPORT, Normalizer.Form.NFD);
        Path second = Files.writeString(dir.resolve("nfd.txt"), nfd, StandardCharsets.UTF_8);

        Run run = run(InputStream.nullInputStream(), first.toString(), second.toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode a = JSON.readTree(run.lines().get(0));
        JsonNode b = JSON.readTree(run.lines().get(1));
        assertThat(a.get("file").asString()).isEqualTo(first.toString());
        assertThat(b.get("file").asString()).isEqualTo(second.toString());
        assertThat(a.propertyNames()).containsExactly("file", "documents", "figures");
        assertSurfacesAreTheirOffsets(a, REPORT);
        assertSurfacesAreTheirOffsets(b, nfd);
        assertThat(a.get("documents")).hasSize(2);
        assertThat(a.get("figures")).hasSize(4);
        assertThat(b.get("documents")).hasSize(2);
        assertThat(b.get("figures")).hasSize(4);
    }

    @Test
    void writesTheGoldFieldNamesAndPlainNumbers() throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);

        String line = run(InputStream.nullInputStream(), file.toString()).lines().get(0);
        JsonNode json = JSON.readTree(line);

        JsonNode directive = json.get("documents").get(0);
        assertThat(directive.propertyNames()).contains("surface", "start", "end", "type", "number", "symbol", "year",
                "date", "issuer", "style", "note");
        assertThat(directive.get("type").asString()).isEqualTo("Chỉ thị");
        assertThat(directive.get("date").asString()).isEqualTo("2016-05-16");
        assertThat(directive.get("style").asString()).isEqualTo("state");
        assertThat(directive.get("year").isNull()).isTrue();
        JsonNode program = json.get("documents").get(1);
        assertThat(program.get("symbol").asString()).isEqualTo("CTr/BDVTU-BCSĐUBND");
        assertThat(program.get("style").asString()).isEqualTo("party");
        assertThat(program.get("warnings").get(0).asString()).isEqualTo("stray-space-in-symbol");

        JsonNode amount = json.get("figures").get(1);
        assertThat(amount.propertyNames()).contains("surface", "start", "end", "value", "approx", "unit", "kind",
                "numerator", "denominator", "note");
        assertThat(amount.get("kind").asString()).isEqualTo("amount");
        assertThat(line).contains("\"value\":64239000000000").contains("\"value\":95.42").doesNotContain("E+");
        JsonNode rank = json.get("figures").get(3);
        assertThat(rank.get("numerator").asLong()).isEqualTo(43);
        assertThat(rank.get("denominator").asLong()).isEqualTo(63);
    }

    @Test
    void dashReadsStandardInput() {
        Run run = run(new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode json = JSON.readTree(run.lines().get(0));
        assertThat(json.get("file").asString()).isEqualTo("-");
        assertSurfacesAreTheirOffsets(json, REPORT);
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersAreStillPrinted() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), REPORT, StandardCharsets.UTF_8);
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Hà Nội".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run(InputStream.nullInputStream(), dir.resolve("missing.txt").toString(), latin1.toString(),
                good.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        assertThat(JSON.readTree(run.lines().get(0)).get("file").asString()).isEqualTo(good.toString());
    }

    @Test
    void withoutFilesItPrintsUsageAndFails() {
        assertThat(run(InputStream.nullInputStream()).status()).isEqualTo(2);
    }

    private static void assertSurfacesAreTheirOffsets(JsonNode json, String text) {
        for (String list : List.of("documents", "figures")) {
            for (JsonNode item : json.get(list)) {
                String surface = item.get("surface").asString();
                assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt())).isEqualTo(surface);
            }
        }
    }
}
