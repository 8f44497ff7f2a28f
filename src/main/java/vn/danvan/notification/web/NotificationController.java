package vn.danvan.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.notification.Inbox;
import vn.danvan.notification.StoredNotice;
import vn.danvan.org.DanVanUser;
import vn.danvan.system.PageQuery;

/**
 * The signed-in user's notices: the list (newest first, unread and category filters), the navbar's unread
 * count, opening a notice (marks it read and goes to what it is about) and marking read. Only the reader's own
 * notices exist here: another user's id answers 404.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final NoticeTexts texts;

    NotificationController(Inbox inbox, NoticeTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) Boolean unread,
                @RequestParam(required = false) String category,
                @RequestParam(required = false) Integer page,
                Model model) {
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        model.addAttribute("notices", inbox.page(user.id(), unreadOnly, category, PageQuery.of(page, PAGE_SIZE, null, null))
                .map(texts::line));
        model.addAttribute("unreadCount", inbox.unreadCount(user.id()));
        model.addAttribute("categories", inbox.categories(user.id()));
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("category", category == null || category.isBlank() ? null : category.strip());
        return "notification/notifications";
    }

    /** The bell's count, loaded by htmx once per page (no polling: it would keep idle sessions alive). */
    @GetMapping("/badge")
    String badge(@AuthenticationPrincipal DanVanUser user, Model model) {
        model.addAttribute("unreadCount", inbox.unreadCount(user.id()));
        return "notification/notifications :: badge";
    }

    /** Opens a notice: marks it read and goes to the record it is about (links in e-mails point here). */
    @GetMapping("/{id}")
    String open(@AuthenticationPrincipal DanVanUser user, @PathVariable long id) {
        StoredNotice notice = inbox.markRead(user.id(), id);
        return "redirect:" + (notice.link() == null ? "/notifications" : notice.link());
    }

    @PostMapping("/{id}/read")
    String read(@AuthenticationPrincipal DanVanUser user, @PathVariable long id,
                @RequestParam(required = false) Boolean unread, @RequestParam(required = false) String category,
                @RequestParam(required = false) Integer page) {
        inbox.markRead(user.id(), id);
        return "redirect:" + back(unread, category, page);
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        int marked = inbox.markAllRead(user.id());
        redirect.addFlashAttribute("flashSuccess", texts.text("notification.allRead", marked));
        return "redirect:/notifications";
    }

    private static String back(Boolean unread, String category, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/notifications");
        if (Boolean.TRUE.equals(unread)) {
            uri.queryParam("unread", true);
        }
        if (category != null && !category.isBlank()) {
            uri.queryParam("category", category.strip());
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().toUriString();
    }
}
