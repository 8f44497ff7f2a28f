package vn.danvan.notification.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.notification.StoredNotice;

/**
 * Renders a notice in the request's language from its message key and arguments. A key unknown to this version
 * (sent by a module added later, or renamed) shows as the key itself rather than failing the page.
 */
@Component
class NoticeTexts {

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    NoticeLine line(StoredNotice notice) {
        return new NoticeLine(notice, messages.getMessage(notice.messageKey(), notice.argsArray(), notice.messageKey(),
                LocaleContextHolder.getLocale()));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
