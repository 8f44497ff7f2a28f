package vn.danvan.org.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.danvan.system.RuleViolation;

/**
 * The sentences a form shows when it is sent back: Bean Validation errors per field and a service's
 * {@link RuleViolation}, both in the request's language.
 */
@Component
class FormMessages {

    private final MessageSource messages;

    FormMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    String of(RuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }

    /** The first message of each field that failed validation, by field name. */
    Map<String, String> fieldErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        return errors;
    }
}
