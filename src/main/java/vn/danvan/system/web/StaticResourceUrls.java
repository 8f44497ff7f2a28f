package vn.danvan.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes the versioned address of a static file into the pages ({@code /webjars/bootstrap/css/bootstrap.min.css}
 * becomes {@code /webjars/bootstrap/5.3.8/css/bootstrap.min.css}), like Spring's {@link ResourceUrlEncodingFilter},
 * which it replaces, but only for links under the static folders.
 *
 * <p>Spring's filter asks the resource chain about every link of a page, and a link to a screen such as
 * {@code /plans/3?organization=12} is looked up, in vain and uncached, in every static location of every jar on
 * the class path: on a plan page with a few hundred drill-down links that was half of the server's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

    /** The folders of src/main/resources/static and the WebJars: the only links that name static files. */
    static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.ico");

    /** Spring Boot's filter, switched off: registering it disabled keeps Boot from adding its own. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaticLinks> staticResourceUrlFilter() {
        FilterRegistrationBean<StaticLinks> registration = new FilterRegistrationBean<>(new StaticLinks());
        registration.addUrlPatterns("/*");
        // error pages too, like the filter it replaces
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class StaticLinks extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    String resolved = resolve(request, url);
                    return super.encodeURL(resolved == null ? url : resolved);
                }
            });
        }
    }

    /** The versioned address of a link to a static file, or null for any other link (left as it is). */
    static String resolve(HttpServletRequest request, String url) {
        String context = request.getContextPath();
        if (url == null || !url.startsWith(context)) {
            return null;
        }
        int end = url.length();
        for (char separator : new char[] {'?', '#'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = url.substring(context.length(), end);
        if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
            return null;
        }
        // the provider is put on the request while a controller or resource handler runs
        if (!(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider)) {
            return null;
        }
        String resolved = provider.getForLookupPath(path);
        return resolved == null ? null : context + resolved + url.substring(end);
    }
}
