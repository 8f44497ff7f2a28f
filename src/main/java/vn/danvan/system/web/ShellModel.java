package vn.danvan.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every controller-rendered page's layout needs: the current path for the navigation and links for
 * pagers. Error pages render without it, so the layout treats both as optional; the demo banner reads the
 * {@code deploymentMode} bean directly so that it shows on error pages too.
 */
@ControllerAdvice
class ShellModel {

    @ModelAttribute("links")
    CurrentUrl links(HttpServletRequest request) {
        return new CurrentUrl(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
