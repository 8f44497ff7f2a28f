package vn.danvan.ingest;

import java.util.List;
import java.util.stream.Stream;

/**
 * What was read from one text: its document citations and its figures, each in text order, with offsets into the
 * text exactly as it was given (NFC or NFD).
 */
public record Extraction(List<DocumentCitation> documents, List<Figure> figures) {

    private static final CitationExtractor CITATIONS = new CitationExtractor();
    private static final FigureExtractor FIGURES = new FigureExtractor();

    public Extraction {
        documents = List.copyOf(documents);
        figures = List.copyOf(figures);
    }

    /** Reads a text: the text is normalised once and both extractors read the same normal form. */
    public static Extraction of(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        return new Extraction(CITATIONS.extract(normalized), FIGURES.extract(normalized));
    }

    /** Every warning, with the surface it concerns, for a reviewer: "invalid-date: Chỉ thị số 16/CT-TTg …". */
    public List<String> warnings() {
        return Stream.concat(
                documents.stream().flatMap(d -> d.warnings().stream().map(w -> w.code() + ": " + d.surface())),
                figures.stream().flatMap(f -> f.warnings().stream().map(w -> w.code() + ": " + f.surface())))
                .toList();
    }
}
