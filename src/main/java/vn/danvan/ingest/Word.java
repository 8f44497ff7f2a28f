package vn.danvan.ingest;

import java.util.Locale;

/**
 * One word of running text (letters, combining marks and digits) with its NFC offsets. The rules look one or two
 * words to the left or right of a number or a citation; a line break or a punctuation mark ends the look, because
 * the words beyond it belong to another phrase.
 */
record Word(String text, int start, int end) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\h+");

    /** A phrase as reported in a field: trimmed, every run of spaces (NBSP included) one plain space. */
    static String singleSpaced(String phrase) {
        return SPACES.matcher(phrase.strip()).replaceAll(" ");
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String... candidates) {
        String lower = lower();
        for (String c : candidates) {
            if (lower.equals(c)) {
                return true;
            }
        }
        return false;
    }

    boolean is(java.util.Set<String> candidates) {
        return candidates.contains(lower());
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** The word that follows {@code from} after spaces only, or null. */
    static Word after(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i > start ? new Word(text.substring(start, i), start, i) : null;
    }

    /** The word that ends at {@code before} or before it after spaces only, or null. */
    static Word before(String text, int before) {
        int i = before;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? new Word(text.substring(i, end), i, end) : null;
    }

    /** The word before this one, or null. */
    Word previous(String text) {
        return before(text, start);
    }

    /** The word after this one, or null. */
    Word next(String text) {
        return after(text, end);
    }

    /** A horizontal space; a line break is not one, since it ends a heading, a list item or a page widget. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
