package vn.danvan.ingest;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an extraction, one object per text, with the field names of the seed corpus gold files.
 * Values are written as plain decimals (64239000000000, 95.42), never with an exponent.
 */
final class ExtractionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ExtractionJson() {
    }

    /** One line: {"file": …, "documents": […], "figures": […]}. */
    static String line(String file, Extraction extraction) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        ArrayNode documents = root.putArray("documents");
        for (DocumentCitation d : extraction.documents()) {
            ObjectNode o = documents.addObject();
            o.put("surface", d.surface());
            o.put("start", d.start());
            o.put("end", d.end());
            o.put("type", d.type().vietnameseName());
            o.put("number", d.number());
            o.put("symbol", d.symbol());
            o.put("year", d.year());
            o.put("date", d.date() == null ? null : d.date().toString());
            o.put("issuer", d.issuer());
            o.put("style", d.style() == null ? null : d.style().name().toLowerCase(java.util.Locale.ROOT));
            o.put("note", d.note());
            ArrayNode warnings = o.putArray("warnings");
            d.warnings().forEach(w -> warnings.add(w.code()));
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure f : extraction.figures()) {
            ObjectNode o = figures.addObject();
            o.put("surface", f.surface());
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("value", f.value());
            o.put("approx", f.approx());
            o.put("unit", f.unit());
            o.put("kind", f.kind().jsonName());
            o.put("numerator", f.numerator());
            o.put("denominator", f.denominator());
            o.put("note", f.note());
            ArrayNode warnings = o.putArray("warnings");
            f.warnings().forEach(w -> warnings.add(w.code()));
        }
        return MAPPER.writeValueAsString(root);
    }
}
