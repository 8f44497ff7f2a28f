package vn.danvan.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.petition.CitizenTracking;
import vn.danvan.petition.Satisfaction;
import vn.danvan.petition.internal.TrackingRateLimit;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;

/**
 * The public tracking page (no sign-in): a citizen types the code from their receipt and sees where their
 * petition stands; once the case is closed they may say whether they are satisfied, once. Plain HTML forms, so it
 * works without JavaScript; every lookup and answer counts against the client's allowance
 * ({@link TrackingRateLimit}), and the page never shows anything personal.
 */
@Controller
class PublicTrackingController {

    static final String PATH = "/tra-cuu";

    private final CitizenTracking tracking;
    private final TrackingRateLimit limit;
    private final Labels labels;

    PublicTrackingController(CitizenTracking tracking, TrackingRateLimit limit, Labels labels) {
        this.tracking = tracking;
        this.limit = limit;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "ma", required = false) String code, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("today", tracking.today());
        model.addAttribute("satisfactions", Satisfaction.values());
        if (code == null || code.isBlank()) {
            return "petition/tracking";
        }
        if (limited(request, response, model)) {
            return "petition/tracking";
        }
        Optional<CitizenTracking.Card> card = tracking.find(code);
        if (card.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
        } else {
            model.addAttribute("card", card.get());
            model.addAttribute("code", card.get().trackingDisplay());
        }
        return "petition/tracking";
    }

    @PostMapping(PATH + "/hai-long")
    String rate(@RequestParam(name = "ma", required = false) String code, @RequestParam(required = false) Satisfaction satisfaction,
                @RequestParam(required = false) String note, HttpServletRequest request, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        if (limited(request, response, model)) {
            model.addAttribute("code", code == null ? "" : code.strip());
            return "petition/tracking";
        }
        try {
            CitizenTracking.Rating rating = tracking.rate(code, satisfaction, note);
            redirect.addFlashAttribute(rating == CitizenTracking.Rating.RECORDED ? "flashSuccess" : "flashError",
                    labels.text("tracking.rating." + rating.name()));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", labels.text("petition.tracking.notFound"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:" + UriComponentsBuilder.fromPath(PATH).queryParam("ma", code == null ? "" : code.strip())
                .encode().build().toUriString();
    }

    /** Answers 429 with Retry-After and the waiting time on the page when the client used up its allowance. */
    private boolean limited(HttpServletRequest request, HttpServletResponse response, Model model) {
        TrackingRateLimit.Decision decision = limit.tryLookup(request.getRemoteAddr());
        if (decision.allowed()) {
            return false;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        model.addAttribute("limited", true);
        model.addAttribute("retryText", waitingTime(decision.retryAfterSeconds()));
        model.addAttribute("satisfactions", Satisfaction.values());
        return true;
    }

    /** "45 giây", "3 phút", "2 giờ" — rounded up. */
    String waitingTime(long seconds) {
        if (seconds < 60) {
            return labels.text("tracking.wait.seconds", seconds);
        }
        if (seconds < 3600) {
            return labels.text("tracking.wait.minutes", (seconds + 59) / 60);
        }
        return labels.text("tracking.wait.hours", (seconds + 3599) / 3600);
    }
}
