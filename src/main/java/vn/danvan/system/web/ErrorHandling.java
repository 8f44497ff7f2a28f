package vn.danvan.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;

/**
 * Domain exceptions as Vietnamese pages for people and RFC 9457 problem details for the API. Never a stack
 * trace: unexpected errors are logged with an id that the page shows, so support can find them.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException exception, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, HttpStatus.NOT_FOUND, message(exception.messageKey(), new Object[0]), "error/404");
    }

    @ExceptionHandler(ConcurrentChange.class)
    Object concurrent(ConcurrentChange exception, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, message(exception.messageKey(), exception.arguments()), "error/4xx");
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation exception, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, message(exception.messageKey(), exception.arguments()), "error/4xx");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, message("error.upload.tooLarge", new Object[0]), "error/4xx");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String detail, String view) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    private String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
