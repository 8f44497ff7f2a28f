package vn.danvan.org.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Registers the {@link PasswordChangeGate} on every page except those a person needs to change the password. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeWebConfiguration implements WebMvcConfigurer {

    private final MessageSource messages;
    private final JsonMapper json;

    PasswordChangeWebConfiguration(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeGate(messages, json))
                .addPathPatterns("/**")
                .excludePathPatterns(PasswordChangeGate.PASSWORD_PAGE, "/login", "/logout", "/error", "/error/**",
                        "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                        "/api/v1/me", "/api/v1/me/password");
    }
}
