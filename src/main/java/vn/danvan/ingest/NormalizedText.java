package vn.danvan.ingest;

import com.ibm.icu.text.Normalizer2;

/**
 * A text in Unicode NFC, with the way back to the text as given.
 *
 * <p>Vietnamese arrives in both forms: "ệ" as one code point (NFC) or as e + circumflex + dot below (NFD, as macOS
 * file names and some PDF extractors give it), and sometimes mixed within one document. The rules match on the NFC
 * form; every offset they report is mapped back to the original string, so that
 * {@code original.substring(start, end)} is exactly the span that was read.
 *
 * <p>The text is cut at normalisation boundaries (a code point that never combines with what precedes it);
 * each piece is normalised on its own, which gives the same result as normalising the whole, and every NFC
 * character remembers the piece of the original it came from.
 */
final class NormalizedText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final String original;
    private final String text;
    // per NFC char: where its piece begins and ends in the original; null when the original is already NFC
    private final int[] pieceStart;
    private final int[] pieceEnd;

    private NormalizedText(String original, String text, int[] pieceStart, int[] pieceEnd) {
        this.original = original;
        this.text = text;
        this.pieceStart = pieceStart;
        this.pieceEnd = pieceEnd;
    }

    static NormalizedText of(String original) {
        if (NFC.isNormalized(original)) {
            return new NormalizedText(original, original, null, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        // NFC may be longer than its input (U+0958 becomes two chars), by a factor of 3 at most (UAX #15)
        int[] starts = new int[3 * original.length() + 1];
        int[] ends = new int[3 * original.length() + 1];
        int pieceBegin = 0;
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (i > pieceBegin && NFC.hasBoundaryBefore(cp)) {
                append(original, pieceBegin, i, out, starts, ends);
                pieceBegin = i;
            }
            i += Character.charCount(cp);
        }
        if (pieceBegin < original.length()) {
            append(original, pieceBegin, original.length(), out, starts, ends);
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static void append(String original, int from, int to, StringBuilder out, int[] starts, int[] ends) {
        String piece = NFC.normalize(original.substring(from, to));
        for (int k = 0; k < piece.length(); k++) {
            starts[out.length() + k] = from;
            ends[out.length() + k] = to;
        }
        out.append(piece);
    }

    /** The NFC text the rules read. */
    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** Where a span starting at this NFC index starts in the original. */
    int originalStart(int nfcStart) {
        if (pieceStart == null) {
            return nfcStart;
        }
        return nfcStart >= text.length() ? original.length() : pieceStart[nfcStart];
    }

    /** Where a span ending (exclusive) at this NFC index ends in the original. */
    int originalEnd(int nfcEnd) {
        if (pieceEnd == null) {
            return nfcEnd;
        }
        return nfcEnd <= 0 ? 0 : pieceEnd[nfcEnd - 1];
    }

    /** The original characters behind an NFC span. */
    String originalSlice(int nfcStart, int nfcEnd) {
        return original.substring(originalStart(nfcStart), originalEnd(nfcEnd));
    }
}
