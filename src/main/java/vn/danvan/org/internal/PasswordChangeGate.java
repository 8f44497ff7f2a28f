package vn.danvan.org.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.org.DanVanUser;

/**
 * Keeps a person who signed in with a temporary or administrator-set password on the password page until
 * they have chosen their own: the sign-in handler sends them there once, this gate stops them from simply
 * browsing away. The pages excluded from it are listed where it is registered ({@link PasswordChangeWebConfiguration}).
 *
 * <p>On the REST API the same rule answers 403 with a problem detail instead of a redirect, which a script
 * cannot follow; only {@code /api/v1/me} and {@code /api/v1/me/password} stay open, so a script can find out
 * why and change the password.
 */
class PasswordChangeGate implements HandlerInterceptor {

    static final String PASSWORD_PAGE = "/account/password";

    private final MessageSource messages;
    private final JsonMapper json;

    PasswordChangeGate(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof DanVanUser user) || !user.mustChangePassword()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            refuseApiCall(request, response);
            return false;
        }
        String target = request.getContextPath() + PASSWORD_PAGE + "?required";
        if (request.getHeader("HX-Request") != null) {
            // an htmx call would swap the password page into a fragment; make the browser go there instead
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
        return false;
    }

    private void refuseApiCall(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.FORBIDDEN.getReasonPhrase());
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", messages.getMessage("account.password.required", null, LocaleContextHolder.getLocale()));
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getWriter(), problem);
    }
}
