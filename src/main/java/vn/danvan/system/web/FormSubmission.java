package vn.danvan.system.web;

import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.system.RuleViolation;

/**
 * The end of a form's POST on the screens that create and edit records: the change is made and the browser goes
 * to the record's page with a success message (post/redirect/get), or a rule refuses it, nothing is saved, and the
 * caller answers — the form again with what the person typed, or the record's page with the refusal. Only
 * {@link RuleViolation}s (a {@link vn.danvan.system.ConcurrentChange} among them) are answered so; any other failure
 * is a fault, for the error pages.
 */
public final class FormSubmission {

    private static final String SUCCESS = "flashSuccess";
    private static final String ERROR = "flashError";

    private FormSubmission() {
    }

    /** Saves a record over the version the form was read at. */
    @FunctionalInterface
    public interface Update {
        void update(long id, int version);
    }

    /** Where a saved record's form goes ({@code pagePrefix} + its id) and what it says there, for a new or a changed record. */
    public record Saved(RedirectAttributes redirect, String pagePrefix, String createdMessage, String updatedMessage) {
    }

    /**
     * Creates the record when {@code id} is null, otherwise updates it over {@code version} (a form that carried none
     * is taken as stale: -1), then redirects to the record's page; a refused change is answered by {@code refused}.
     */
    public static String createOrUpdate(Long id, Integer version, LongSupplier create, Update update, Saved saved,
                                        Function<RuleViolation, String> refused) {
        try {
            long savedId;
            if (id == null) {
                savedId = create.getAsLong();
                saved.redirect().addFlashAttribute(SUCCESS, saved.createdMessage());
            } else {
                update.update(id, version == null ? -1 : version);
                savedId = id;
                saved.redirect().addFlashAttribute(SUCCESS, saved.updatedMessage());
            }
            return "redirect:" + saved.pagePrefix() + savedId;
        } catch (RuleViolation violation) {
            return refused.apply(violation);
        }
    }

    /**
     * A button on a record's page (link a document, add a conclusion): does it and goes back to {@code page}, saying
     * {@code done}, or the refusal's message as an error.
     */
    public static String act(Runnable action, String done, Function<RuleViolation, String> refusal, RedirectAttributes redirect,
                             String page) {
        try {
            action.run();
            redirect.addFlashAttribute(SUCCESS, done);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute(ERROR, refusal.apply(violation));
        }
        return "redirect:" + page;
    }
}
