package vn.danvan.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A search box's text as SQL: every word must occur in the folded search column, in any order, so that
 * "ban dan van" finds "Ban Tuyên giáo và Dân vận" and "tan cuong" finds "Xã Tân Cương".
 */
public final class TextQuery {

    private static final int MAX_WORDS = 8;

    private TextQuery() {
    }

    public static List<String> words(String text) {
        String folded = VietnameseText.fold(text);
        return folded.isEmpty() ? List.of()
                : Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).distinct().limit(MAX_WORDS).toList();
    }

    /** Appends " AND column LIKE :prefix0 ..." for each word and puts the patterns into {@code params}. */
    public static void appendTo(StringBuilder where, Map<String, Object> params, String column, String text, String prefix) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String name = prefix + i;
            where.append(" AND ").append(column).append(" LIKE :").append(name).append(" ESCAPE '\\'");
            params.put(name, VietnameseText.likePattern(words.get(i)));
        }
    }
}
