package vn.danvan.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into plain runs and marked runs (a citation or a figure), in order, for showing the text with
 * what was found highlighted. Where two findings overlap, the one that starts first (a citation before a
 * figure at the same place) is marked and the other is listed but not highlighted.
 */
public record HighlightedText(List<Segment> segments) {

    public enum Kind { PLAIN, DOCUMENT, FIGURE }

    /** A run of the text; {@code index} points into the extraction's documents or figures list, -1 when plain. */
    public record Segment(String text, Kind kind, int index) {
    }

    public static HighlightedText of(String text, Extraction extraction) {
        record Span(int start, int end, Kind kind, int index) {
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < extraction.documents().size(); i++) {
            DocumentCitation citation = extraction.documents().get(i);
            spans.add(new Span(citation.start(), citation.end(), Kind.DOCUMENT, i));
        }
        for (int i = 0; i < extraction.figures().size(); i++) {
            Figure figure = extraction.figures().get(i);
            spans.add(new Span(figure.start(), figure.end(), Kind.FIGURE, i));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Span::kind));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Span span : spans) {
            if (span.start() < position || span.end() > text.length()) {
                continue;
            }
            if (span.start() > position) {
                segments.add(new Segment(text.substring(position, span.start()), Kind.PLAIN, -1));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), span.kind(), span.index()));
            position = span.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), Kind.PLAIN, -1));
        }
        return new HighlightedText(segments);
    }
}
