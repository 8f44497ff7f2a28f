package vn.danvan.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.notification.Inbox;
import vn.danvan.notification.StoredNotice;
import vn.danvan.org.DanVanUser;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/** REST API of the caller's own notices; another user's notice answers 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo", description = "Thông báo của người dùng đang đăng nhập: nhắc hạn nhiệm vụ, hồ sơ")
class NotificationApi {

    private final Inbox inbox;
    private final NoticeTexts texts;

    NotificationApi(Inbox inbox, NoticeTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi, mới nhất trước (lọc chưa đọc, theo loại), kèm số chưa đọc",
            description = "text: câu thông báo theo ngôn ngữ của yêu cầu (tiếng Việt mặc định, ?lang=en)")
    NoticePage list(@AuthenticationPrincipal DanVanUser user,
                    @RequestParam(required = false) Boolean unread,
                    @RequestParam(required = false) String category,
                    @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size) {
        Paged<NoticeDto> notices = inbox.page(user.id(), Boolean.TRUE.equals(unread), category,
                PageQuery.of(page, size, null, null)).map(this::dto);
        return new NoticePage(notices.items(), notices.page(), notices.size(), notices.total(), inbox.unreadCount(user.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một thông báo của tôi; 404 nếu không phải của tôi")
    NoticeDto get(@AuthenticationPrincipal DanVanUser user, @PathVariable long id) {
        return dto(inbox.get(user.id(), id));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc (giữ thời điểm đọc lần đầu); 404 nếu không phải của tôi")
    NoticeDto read(@AuthenticationPrincipal DanVanUser user, @PathVariable long id) {
        return dto(inbox.markRead(user.id(), id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Đánh dấu tất cả là đã đọc")
    ReadAll readAll(@AuthenticationPrincipal DanVanUser user) {
        return new ReadAll(inbox.markAllRead(user.id()));
    }

    private NoticeDto dto(StoredNotice notice) {
        return new NoticeDto(notice.id(), notice.category(), texts.line(notice).text(), notice.messageKey(), notice.args(),
                notice.link(), notice.createdAt(), notice.readAt(), notice.mailedAt() != null);
    }

    record NoticeDto(long id, String category, String text, String messageKey, List<String> args, String link,
                     OffsetDateTime createdAt, OffsetDateTime readAt, boolean mailed) {
    }

    record NoticePage(List<NoticeDto> items, int page, int size, long total, long unread) {
    }

    record ReadAll(int marked) {
    }
}
