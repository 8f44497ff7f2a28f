package vn.danvan.org.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.danvan.org.DanVanUser;

/**
 * Form sign-in for people, HTTP Basic for scripts on /api/v1/**. CSRF protects every form and every
 * session-authenticated API call; a request that carries its own credentials (Authorization header) cannot
 * be forged by another site and is exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/error/**",
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        "/tra-cuu", "/tra-cuu/**", "/api/public/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        RequestMatcher apiWithCredentials = (HttpServletRequest request) ->
                request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        && request.getHeader("Authorization") != null;
        RequestMatcher apiRequest = (HttpServletRequest request) ->
                request.getRequestURI().startsWith(request.getContextPath() + "/api/");

        SavedRequestAwareAuthenticationSuccessHandler defaultSuccess = new SavedRequestAwareAuthenticationSuccessHandler();
        defaultSuccess.setDefaultTargetUrl("/");

        BasicAuthenticationEntryPoint basicEntryPoint = new BasicAuthenticationEntryPoint();
        basicEntryPoint.setRealmName("DanVan");

        http
            .authorizeHttpRequests(authorize -> authorize
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler((request, response, authentication) -> {
                    if (authentication.getPrincipal() instanceof DanVanUser user && user.mustChangePassword()) {
                        response.sendRedirect(request.getContextPath() + "/account/password?required");
                    } else {
                        defaultSuccess.onAuthenticationSuccess(request, response, authentication);
                    }
                })
                .failureHandler((request, response, exception) -> {
                    String reason = exception instanceof LockedException ? "locked"
                            : exception instanceof DisabledException ? "disabled" : "error";
                    response.sendRedirect(request.getContextPath() + "/login?" + reason);
                })
                .permitAll())
            .httpBasic(basic -> basic.realmName("DanVan"))
            .exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(basicEntryPoint, apiRequest)
                .accessDeniedPage("/error/403"))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithCredentials))
            .sessionManagement(session -> session
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        return http.build();
    }

    /** Open sessions per user, so that an administrator's change of an account can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep dead sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the algorithm stored in the hash so that it can be changed later
        PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        // a Vietnamese password typed on another keyboard may arrive decomposed (NFD): compare it as NFC
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegate.encode(nfc(rawPassword));
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return delegate.matches(nfc(rawPassword), encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return delegate.upgradeEncoding(encodedPassword);
            }
        };
    }

    private static String nfc(CharSequence raw) {
        return raw == null ? null : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
    }
}
