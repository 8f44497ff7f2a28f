package vn.danvan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A search box's text: every word must occur (folded, any order); repeated words count once; at most 8 words. */
class TextQueryTest {

    @Test
    void wordsAreFolded() {
        assertThat(TextQuery.words("Ban Dân Vận")).containsExactly("ban", "dan", "van");
        assertThat(TextQuery.words("  Tân   Cương ")).containsExactly("tan", "cuong");
    }

    @Test
    void wordsAreDeduplicatedAfterFolding() {
        assertThat(TextQuery.words("dân Dân dan DÂN vận")).containsExactly("dan", "van");
    }

    @Test
    void atMostEightWordsAreUsed() {
        assertThat(TextQuery.words("một hai ba bốn năm sáu bảy tám chín mười"))
                .containsExactly("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam");
    }

    @Test
    void emptyOrMissingTextGivesNoWords() {
        assertThat(TextQuery.words(null)).isEmpty();
        assertThat(TextQuery.words("   ")).isEmpty();
    }

    @Test
    void everyWordBecomesAnEscapedLikeConditionWithItsOwnParameter() {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        TextQuery.appendTo(where, params, "o.search_text", "Dân vận 100%", "text");
        assertThat(where).hasToString("WHERE 1 = 1"
                + " AND o.search_text LIKE :text0 ESCAPE '\\'"
                + " AND o.search_text LIKE :text1 ESCAPE '\\'"
                + " AND o.search_text LIKE :text2 ESCAPE '\\'");
        assertThat(params).containsExactly(Map.entry("text0", "%dan%"), Map.entry("text1", "%van%"),
                Map.entry("text2", "%100\\%%"));
    }

    @Test
    void noTextAddsNoCondition() {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        TextQuery.appendTo(where, params, "o.search_text", "", "text");
        assertThat(where).hasToString("WHERE 1 = 1");
        assertThat(params).isEmpty();
    }
}
