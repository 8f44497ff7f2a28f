package vn.danvan.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a task created from a conclusion is worded before the coordinator changes anything. */
class FollowUpWordingTest {

    private static Conclusion conclusion(String content) {
        return new Conclusion(1, 7, 2, content, List.of());
    }

    @Test
    void aShortConclusionBecomesTheTaskTitleAsWritten() {
        assertThat(Activities.defaultTitle(conclusion("  UBND xã   niêm yết công khai thủ tục hành chính. ")))
                .isEqualTo("UBND xã niêm yết công khai thủ tục hành chính.");
    }

    @Test
    void aLongConclusionIsCutAtAWordToFitATaskTitleOf1000Characters() {
        String words = "kiện toàn Ban Thanh tra nhân dân ".repeat(60);
        String title = Activities.defaultTitle(conclusion(words));
        assertThat(title).hasSizeLessThanOrEqualTo(1000).endsWith("…");
        assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ");
        assertThat(words).startsWith(title.substring(0, title.length() - 1));
    }

    @Test
    void theDescriptionNamesTheConclusionTheEventAndItsDate() {
        Activity activity = new Activity(7, ActivityKind.CONFERENCE, "Hội nghị tổng kết năm 2023", LocalDate.of(2024, 1, 18), null,
                null, 1, null, List.of(), List.of(), List.of(), 0);
        assertThat(Activities.defaultDescription(activity, conclusion("…")))
                .isEqualTo("Thực hiện kết luận số 2 tại Hội nghị tổng kết năm 2023 (ngày 18/01/2024).");
    }
}
