package vn.danvan.system;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese text as people type and read it.
 *
 * <p>Search ignores diacritics and case ("ban dan van" finds "Ban Dân vận"), so every searchable row keeps a
 * folded copy of its text. Sorting follows Vietnamese alphabetical order (A Ă Â B C D Đ E Ê …), which neither
 * H2 nor a PostgreSQL cluster in C collation gives; every sortable row therefore keeps the ICU collation key of
 * its name as hex, which orders the same way on both databases (docs/decisions/0002-vietnamese-search-and-sort.md).
 */
public final class VietnameseText {

    private static final ULocale VIETNAMESE = new ULocale("vi", "VN");

    private VietnameseText() {
    }

    /** Unicode NFC, trimmed, inner whitespace collapsed; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Lower case without diacritics, đ as d: the form stored for search and used for the query. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** Folded text of several fields joined, so one LIKE finds a match in any of them. */
    public static String searchText(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            if (field != null && !field.isBlank()) {
                if (!out.isEmpty()) {
                    out.append(" | ");
                }
                out.append(fold(field));
            }
        }
        return out.toString();
    }

    /** Hex of the Vietnamese ICU collation key: ORDER BY this column is Vietnamese alphabetical order. */
    public static String sortKey(String text) {
        byte[] key = collator().getCollationKey(normalize(text == null ? "" : text)).toByteArray();
        // the last byte is the key terminator (0); dropping it keeps prefixes ordered before longer names
        int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length;
        byte[] trimmed = new byte[length];
        System.arraycopy(key, 0, trimmed, 0, length);
        String hex = HexFormat.of().formatHex(trimmed);
        return hex.length() > 780 ? hex.substring(0, 780) : hex;
    }

    /** A comparator in Vietnamese alphabetical order, for sorting in memory. */
    public static Comparator<String> order() {
        Collator collator = collator();
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Escapes LIKE wildcards in user input so that "%" and "_" are searched literally. */
    public static String likePattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }

    private static Collator collator() {
        return COLLATOR;
    }

    // a frozen ICU collator is immutable and safe to share between threads
    private static final Collator COLLATOR = Collator.getInstance(VIETNAMESE).freeze();
}
