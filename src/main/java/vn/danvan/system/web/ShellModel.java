package vn.danvan.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danvan.system.DeploymentMode;

/** What every page's layout needs: the demo banner and the current path for the navigation. */
@ControllerAdvice
class ShellModel {

    private final DeploymentMode mode;

    ShellModel(DeploymentMode mode) {
        this.mode = mode;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return mode.isDemo();
    }

    @ModelAttribute("links")
    CurrentUrl links(HttpServletRequest request) {
        return new CurrentUrl(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
