package vn.danvan.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.RuleViolation;

/** A saved form goes to the record's page with a message (post/redirect/get); a refused one is answered by the screen. */
class FormSubmissionTest {

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final List<String> updates = new ArrayList<>();
    private final FormSubmission.Saved saved = new FormSubmission.Saved(redirect, "/plans/", "Đã tạo kế hoạch.", "Đã cập nhật kế hoạch.");

    private String submit(Long id, Integer version, RuntimeException failure) {
        return FormSubmission.createOrUpdate(id, version,
                () -> {
                    if (failure != null) {
                        throw failure;
                    }
                    return 42;
                },
                (planId, v) -> {
                    if (failure != null) {
                        throw failure;
                    }
                    updates.add(planId + "@" + v);
                },
                saved, violation -> "form again: " + violation.messageKey());
    }

    @Test
    void aNewRecordIsCreatedAndTheBrowserGoesToItsPageSayingSo() {
        assertThat(submit(null, null, null)).isEqualTo("redirect:/plans/42");
        assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("Đã tạo kế hoạch.");
        assertThat(updates).isEmpty();
    }

    @Test
    void anEditIsSavedOverTheVersionReadAndAFormWithoutOneIsTakenAsStale() {
        assertThat(submit(7L, 3, null)).isEqualTo("redirect:/plans/7");
        assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("Đã cập nhật kế hoạch.");
        submit(7L, null, null);
        assertThat(updates).containsExactly("7@3", "7@-1");
    }

    @Test
    void aRefusedChangeIsAnsweredByTheScreenWithoutASuccessMessage() {
        assertThat(submit(null, null, new RuleViolation("plan.title.required"))).isEqualTo("form again: plan.title.required");
        assertThat(submit(7L, 3, new ConcurrentChange())).isEqualTo("form again: error.concurrentChange");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorPages() {
        assertThatThrownBy(() -> submit(7L, 3, new IllegalStateException("bug"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aButtonOnARecordsPageGoesBackToItWithTheOutcome() {
        assertThat(FormSubmission.act(() -> { }, "Đã thêm kết luận.", v -> v.messageKey(), redirect, "/activities/5#kl"))
                .isEqualTo("redirect:/activities/5#kl");
        assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("Đã thêm kết luận.");
        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(FormSubmission.act(() -> {
            throw new RuleViolation("activity.conclusion.required");
        }, "Đã thêm kết luận.", v -> "Lỗi: " + v.messageKey(), refused, "/activities/5#kl")).isEqualTo("redirect:/activities/5#kl");
        assertThat(refused.getFlashAttributes().get("flashError")).isEqualTo("Lỗi: activity.conclusion.required");
        assertThat(refused.getFlashAttributes()).doesNotContainKey("flashSuccess");
    }
}
